// The result report and the agent handout: one format for the desktop app and
// the command-line tool, every input row accounted for, formulas defused,
// passwords only in the handout, and the handout readable by its owner alone.
#include "import/BatchReportWriter.h"
#include "import/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

namespace {

PhoneRecord phone(const QString &extension, const QString &name = u"Ana Lopez"_s)
{
    PhoneRecord p;
    p.setValue(PhoneField::Extension, extension);
    p.setValue(PhoneField::DialplanNumber, extension);
    p.setValue(PhoneField::PhoneLogin, u"ag"_s + extension);
    p.setValue(PhoneField::PhonePass, u"PwSecret"_s + extension);
    p.setValue(PhoneField::RegistrationPassword, u"RgSecret"_s + extension);
    p.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
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
        rows[0].phone = phone(u"8001"_s);
        rows[0].finished = true;
        rows[0].outcome = Outcome::Added;
        rows[0].message = u"Added: extension 8001 on server 10.10.10.15"_s;
        rows[1].line = 3;
        rows[1].phone = phone(u"8002"_s);
        rows[1].finished = true;
        rows[1].outcome = Outcome::LoginExists;
        rows[1].message = u"Login already exists: ag8002"_s;
        rows[2].line = 4;
        rows[2].phone = phone(u"8003"_s);
        rows[2].skipped = u"invalid"_s;
        rows[2].message = u"column 2 (Full Name): the character \"!\" ..."_s;
        rows[3].line = 5;
        rows[3].phone = phone(u"8001"_s);
        rows[3].skipped = u"duplicate"_s;
        rows[4].line = 6;
        rows[4].phone = phone(u"8005"_s);
        rows[4].finished = false; // stopped before it was sent

        const QByteArray csv = BatchReportWriter::reportCsv(rows);
        QVERIFY(csv.endsWith("\r\n"));
        const QList<CsvRow> parsed = parse(csv);
        QCOMPARE(parsed.size(), 5); // the header is read as the header
        const QStringList header = CsvReader::read(csv).header;
        QCOMPARE(header,
                 (QStringList{u"line"_s, u"extension"_s, u"server_ip"_s, u"phone_login"_s,
                              u"phone_full_name"_s, u"sent"_s, u"outcome"_s, u"message"_s}));
        const auto cell = [&](int row, int column) { return parsed[row].cells.value(column); };
        QCOMPARE(cell(0, 5), u"yes"_s);
        QCOMPARE(cell(0, 6), u"added"_s);
        QCOMPARE(cell(1, 5), u"yes"_s);
        QCOMPARE(cell(1, 6), u"login_exists"_s);
        QCOMPARE(cell(2, 5), u"no"_s);
        QCOMPARE(cell(2, 6), u"invalid"_s);
        QCOMPARE(cell(3, 6), u"duplicate"_s);
        QCOMPARE(cell(4, 5), u"no"_s);
        QCOMPARE(cell(4, 6), u"not_sent"_s);
        QCOMPARE(cell(2, 0), u"4"_s);
        QVERIFY(!csv.contains("PwSecret"));
        QVERIFY(!csv.contains("RgSecret"));

        QCOMPARE(BatchReportWriter::summary(rows),
                 u"added 1, already existed 0, failed 1 (Login already exists 1), "
                 "unknown 0, not sent 1, skipped 2"_s);
    }

    void formulasAreDefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("equals") << u"=HYPERLINK(\"x\")"_s;
        QTest::newRow("plus") << u"+1+1"_s;
        QTest::newRow("minus") << u"-2"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s;
    }
    void formulasAreDefused()
    {
        QFETCH(QString, name);
        BatchReportRow row;
        row.phone = phone(u"8001"_s, name);
        const QList<CsvRow> report = parse(BatchReportWriter::reportCsv({row}));
        QCOMPARE(report[0].cells.value(4), QLatin1Char('\'') + name);
        const QList<CsvRow> handout = parse(BatchReportWriter::handoutCsv({row.phone}));
        QCOMPARE(handout[0].cells.value(5), QLatin1Char('\'') + name);
    }

    void handoutHasTheAgentsColumns()
    {
        const QByteArray csv = BatchReportWriter::handoutCsv({phone(u"8001"_s)});
        const CsvTable table = CsvReader::read(csv);
        QCOMPARE(table.header, (QStringList{u"extension"_s, u"server_ip"_s, u"phone_login"_s,
                                            u"phone_pass"_s, u"registration_password"_s,
                                            u"phone_full_name"_s, u"dialplan_number"_s}));
        QCOMPARE(table.rows[0].cells,
                 (QStringList{u"8001"_s, u"10.10.10.15"_s, u"ag8001"_s, u"PwSecret8001"_s,
                              u"RgSecret8001"_s, u"Ana Lopez"_s, u"8001"_s}));
    }

    void handoutFileIsOwnerOnlyAndGrowsRowByRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"handout.csv"_s);
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
            QVERIFY(file.append(phone(u"8001"_s), &error));
            // Each row is in the file as soon as append() returns.
            QFile read(path);
            QVERIFY(read.open(QIODevice::ReadOnly));
            QCOMPARE(read.readAll().count('\n'), 2);
        }
        // A later run appends without a second header.
        {
            HandoutFile file(path);
            QVERIFY(file.append(phone(u"8002"_s), &error));
            QCOMPARE(file.rows(), 1);
        }
        QFile read(path);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QByteArray all = read.readAll();
        QCOMPARE(all.count("extension,server_ip"), 1);
        QVERIFY(all.contains("8001,10.10.10.15,ag8001,PwSecret8001"));
        QVERIFY(all.contains("8002,10.10.10.15,ag8002,PwSecret8002"));
        QVERIFY(!all.contains("old"));

        QVERIFY(BatchReportWriter::writeHandout(path, {phone(u"8003"_s)}, &error));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QByteArray whole = again.readAll();
        QVERIFY(!whole.contains("8001")); // a whole handout replaces the file
        QVERIFY(whole.contains("8003"));
    }

    void unwritableHandoutSaysWhere()
    {
        QString error;
        HandoutFile file(u"/nonexistent-dir/handout.csv"_s);
        QVERIFY(!file.open(true, &error));
        QVERIFY2(error.contains(u"/nonexistent-dir/handout.csv"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBatchReportWriter)
#include "TestBatchReportWriter.moc"
