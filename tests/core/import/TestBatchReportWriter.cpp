// The result report and the agent handout: one format for the desktop app and
// the command-line tool, every input row accounted for, formulas defused,
// passwords only in the handout, and the handout readable by its owner alone.
#include "import/BatchReportWriter.h"
#include "import/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace vp;

namespace {

PhoneRecord phone(const QString &extension, const QString &name = QStringLiteral("Ana Lopez"))
{
    PhoneRecord p;
    p.setValue(PhoneField::Extension, extension);
    p.setValue(PhoneField::DialplanNumber, extension);
    p.setValue(PhoneField::PhoneLogin, QStringLiteral("ag") + extension);
    p.setValue(PhoneField::PhonePass, QStringLiteral("PwSecret") + extension);
    p.setValue(PhoneField::RegistrationPassword, QStringLiteral("RgSecret") + extension);
    p.setValue(PhoneField::ServerIp, QStringLiteral("10.10.10.15"));
    p.setValue(PhoneField::PhoneFullName, name);
    return p;
}

QList<CsvRow> parse(const QByteArray &csv)
{
    return CsvReader::read(csv).rows;
}

} // namespace

class TestBatchReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void reportHasEveryRowWithSentAndOutcome()
    {
        QList<BatchReportRow> rows(5);
        rows[0].line = 2;
        rows[0].phone = phone(QStringLiteral("8001"));
        rows[0].finished = true;
        rows[0].outcome = Outcome::Added;
        rows[0].message = QStringLiteral("Added: extension 8001 on server 10.10.10.15");
        rows[1].line = 3;
        rows[1].phone = phone(QStringLiteral("8002"));
        rows[1].finished = true;
        rows[1].outcome = Outcome::LoginExists;
        rows[1].message = QStringLiteral("Login already exists: ag8002");
        rows[2].line = 4;
        rows[2].phone = phone(QStringLiteral("8003"));
        rows[2].skipped = QStringLiteral("invalid");
        rows[2].message = QStringLiteral("column 2 (Full Name): the character \"!\" ...");
        rows[3].line = 5;
        rows[3].phone = phone(QStringLiteral("8001"));
        rows[3].skipped = QStringLiteral("duplicate");
        rows[4].line = 6;
        rows[4].phone = phone(QStringLiteral("8005"));
        rows[4].finished = false; // stopped before it was sent

        const QByteArray csv = BatchReportWriter::reportCsv(rows);
        QVERIFY(csv.endsWith("\r\n"));
        const QList<CsvRow> parsed = parse(csv);
        QCOMPARE(parsed.size(), 5); // the header is read as the header
        const QStringList header = CsvReader::read(csv).header;
        QCOMPARE(header, (QStringList{QStringLiteral("line"), QStringLiteral("extension"),
                                      QStringLiteral("server_ip"), QStringLiteral("phone_login"),
                                      QStringLiteral("phone_full_name"), QStringLiteral("sent"),
                                      QStringLiteral("outcome"), QStringLiteral("message")}));
        const auto cell = [&](int row, int column) { return parsed[row].cells.value(column); };
        QCOMPARE(cell(0, 5), QStringLiteral("yes"));
        QCOMPARE(cell(0, 6), QStringLiteral("added"));
        QCOMPARE(cell(1, 5), QStringLiteral("yes"));
        QCOMPARE(cell(1, 6), QStringLiteral("login_exists"));
        QCOMPARE(cell(2, 5), QStringLiteral("no"));
        QCOMPARE(cell(2, 6), QStringLiteral("invalid"));
        QCOMPARE(cell(3, 6), QStringLiteral("duplicate"));
        QCOMPARE(cell(4, 5), QStringLiteral("no"));
        QCOMPARE(cell(4, 6), QStringLiteral("not_sent"));
        QCOMPARE(cell(2, 0), QStringLiteral("4"));
        QVERIFY(!csv.contains("PwSecret"));
        QVERIFY(!csv.contains("RgSecret"));

        QCOMPARE(BatchReportWriter::summary(rows),
                 QStringLiteral("added 1, already existed 0, failed 1 (Login already exists 1), "
                                "unknown 0, not sent 1, skipped 2"));
    }

    void formulasAreDefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")");
        QTest::newRow("plus") << QStringLiteral("+1+1");
        QTest::newRow("minus") << QStringLiteral("-2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)");
    }
    void formulasAreDefused()
    {
        QFETCH(QString, name);
        BatchReportRow row;
        row.phone = phone(QStringLiteral("8001"), name);
        const QList<CsvRow> report = parse(BatchReportWriter::reportCsv({row}));
        QCOMPARE(report[0].cells.value(4), QLatin1Char('\'') + name);
        const QList<CsvRow> handout = parse(BatchReportWriter::handoutCsv({row.phone}));
        QCOMPARE(handout[0].cells.value(5), QLatin1Char('\'') + name);
    }

    void handoutHasTheAgentsColumns()
    {
        const QByteArray csv = BatchReportWriter::handoutCsv({phone(QStringLiteral("8001"))});
        const CsvTable table = CsvReader::read(csv);
        QCOMPARE(
            table.header,
            (QStringList{QStringLiteral("extension"), QStringLiteral("server_ip"),
                         QStringLiteral("phone_login"), QStringLiteral("phone_pass"),
                         QStringLiteral("registration_password"), QStringLiteral("phone_full_name"),
                         QStringLiteral("dialplan_number")}));
        QCOMPARE(table.rows[0].cells,
                 (QStringList{QStringLiteral("8001"), QStringLiteral("10.10.10.15"),
                              QStringLiteral("ag8001"), QStringLiteral("PwSecret8001"),
                              QStringLiteral("RgSecret8001"), QStringLiteral("Ana Lopez"),
                              QStringLiteral("8001")}));
    }

    void handoutFileIsOwnerOnlyAndGrowsRowByRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("handout.csv"));
        // An existing file readable by others is narrowed before it is written.
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old\n");
            old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                               QFileDevice::ReadOther | QFileDevice::ReadGroup);
        }
        QString error;
        {
            HandoutFile file(path);
            QVERIFY2(file.open(true, &error), qPrintable(error));
            QCOMPARE(QFileInfo(path).permissions() &
                         (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                     QFileDevice::Permissions());
            QVERIFY(file.append(phone(QStringLiteral("8001")), &error));
            // Each row is in the file as soon as append() returns.
            QFile read(path);
            QVERIFY(read.open(QIODevice::ReadOnly));
            QCOMPARE(read.readAll().count('\n'), 2);
        }
        // A later run appends without a second header.
        {
            HandoutFile file(path);
            QVERIFY(file.append(phone(QStringLiteral("8002")), &error));
            QCOMPARE(file.rows(), 1);
        }
        QFile read(path);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QByteArray all = read.readAll();
        QCOMPARE(all.count("extension,server_ip"), 1);
        QVERIFY(all.contains("8001,10.10.10.15,ag8001,PwSecret8001"));
        QVERIFY(all.contains("8002,10.10.10.15,ag8002,PwSecret8002"));
        QVERIFY(!all.contains("old"));

        QVERIFY(BatchReportWriter::writeHandout(path, {phone(QStringLiteral("8003"))}, &error));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QByteArray whole = again.readAll();
        QVERIFY(!whole.contains("8001")); // a whole handout replaces the file
        QVERIFY(whole.contains("8003"));
    }

    void unwritableHandoutSaysWhere()
    {
        QString error;
        HandoutFile file(QStringLiteral("/nonexistent-dir/handout.csv"));
        QVERIFY(!file.open(true, &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent-dir/handout.csv")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBatchReportWriter)
#include "TestBatchReportWriter.moc"
