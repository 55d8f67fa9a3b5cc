// viciprov-cli import --mode: a list can add (the default), add or update
// (an extension that exists gets the row's fields), switch off, or delete the
// phones it names (offboarding: only extension and server_ip are read). Each
// mode is checked against what the simulator stores afterwards, and the
// guards hold in every mode: a login another known phone uses is refused
// before sending, a delete asks first, a wrong password costs one request.
#include "CliRunner.h"
#include "Simulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliImportModes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    test::CliRun m_run;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString diagnostics() const { return m_run.diagnostics(); }
    QString err() const { return QString::fromUtf8(m_run.err); }

    int runCli(const QStringList &arguments, const QString &password = u"Secret123"_s)
    {
        m_run = test::runCli(m_dir->path(), m_sim->baseUrl().toString(), u"apiadmin"_s, password,
                             arguments);
        return m_run.exitCode;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    int import(const QString &file, const QString &mode, const QStringList &more = {},
               const QString &password = u"Secret123"_s)
    {
        return runCli(QStringList{u"import"_s, file, u"--mode"_s, mode, u"--default"_s,
                                  u"server_ip=10.10.10.15"_s, u"--default"_s,
                                  u"outbound_cid=3125551212"_s} +
                          more,
                      password);
    }

    QJsonObject stored(const QString &extension) const
    {
        for (const QJsonValue &value : m_sim->phones()) {
            if (value.toObject().value(u"extension"_s).toString() == extension)
                return value.toObject();
        }
        return {};
    }

    QStringList extensions() const
    {
        QStringList result;
        for (const QJsonValue &value : m_sim->phones())
            result << value.toObject().value(u"extension"_s).toString();
        result.sort();
        return result;
    }

    // 9201 and 9202 added by a first import.
    void addFirstList()
    {
        const QString file =
            write(u"first.csv"_s, "extension,phone_full_name,phone_login,phone_pass,"
                                  "registration_password\r\n"
                                  "9201,Ana,9201,PwAna9201,RgAna9201\r\n"
                                  "9202,Bruno,9202,PwBru9202,RgBru9202\r\n");
        QVERIFY2(import(file, u"add"_s) == 0, qPrintable(diagnostics()));
        QCOMPARE(extensions(), (QStringList{u"9201"_s, u"9202"_s}));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = std::make_unique<sim::Simulator>(sim::SimConfig::defaults());
        QVERIFY(m_sim->listen(0));
    }

    void cleanup()
    {
        m_sim.reset();
        m_dir.reset();
    }

    // Add or update: 9201 exists and takes the row's name and password, 9203
    // is new and is added; a row giving 9202's login to another extension is
    // refused before anything is sent (update_phone would store it twice).
    void addOrUpdateUpdatesWhatExists()
    {
        addFirstList();
        const QString file =
            write(u"second.csv"_s, "extension,phone_full_name,phone_login,phone_pass,"
                                   "registration_password\r\n"
                                   "9201,Ana Lopez,9201,NewPw9201,NewRg9201\r\n"
                                   "9203,Chloé,9203,PwChl9203,RgChl9203\r\n"
                                   "9204,Dário,9202,PwDar9204,RgDar9204\r\n");
        QCOMPARE(import(file, u"update"_s, {u"--dry-run"_s}), 1); // the bad row
        QVERIFY2(QString::fromUtf8(m_run.out).contains(u"Update (added earlier) 9201@"_s),
                 qPrintable(diagnostics()));
        QVERIFY2(QString::fromUtf8(m_run.out).contains(u"Add, or update if it exists 9203@"_s),
                 qPrintable(diagnostics()));
        QCOMPARE(extensions().size(), 2); // a dry run sends nothing

        const int before = m_sim->stats().totalRequests;
        QCOMPARE(import(file, u"update"_s), 1);
        QVERIFY2(err().contains(u"line 4"_s) && err().contains(u"9202"_s),
                 qPrintable(diagnostics()));
        QVERIFY2(err().contains(u"1 added, 1 updated"_s), qPrintable(diagnostics()));
        QVERIFY(!m_run.printedBatch().isEmpty());
        QCOMPARE(extensions(), (QStringList{u"9201"_s, u"9202"_s, u"9203"_s}));
        QCOMPARE(stored(u"9201"_s).value(u"fullname"_s).toString(), u"Ana Lopez"_s);
        QCOMPARE(stored(u"9201"_s).value(u"pass"_s).toString(), u"NewPw9201"_s);
        QCOMPARE(stored(u"9202"_s).value(u"login"_s).toString(), u"9202"_s);
        // 9201: add_phone (exists) then update_phone; 9203: add_phone.
        QCOMPARE(m_sim->stats().totalRequests - before, 3 + 1); // + the version read
        QCOMPARE(m_sim->stats().maxConcurrentSameExtension, 1);
        QVERIFY(!m_run.out.contains("NewPw9201") && !m_run.err.contains("NewPw9201"));
    }

    // Offboarding: a list of extensions (other columns ignored) switched off,
    // then deleted; a delete asks first and a script must say --yes; a phone
    // not there any more is what a delete wants.
    void deactivateThenDeleteAList()
    {
        addFirstList();
        const QString leavers = write(u"leavers.csv"_s, "extension;server_ip;notes\r\n"
                                                        "9201;10.10.10.15;left in May\r\n"
                                                        "9202;10.10.10.15;\r\n");
        QVERIFY2(runCli({u"import"_s, leavers, u"--mode"_s, u"deactivate"_s}) == 0,
                 qPrintable(diagnostics()));
        QVERIFY2(err().contains(u"2 switched off"_s), qPrintable(diagnostics()));
        QCOMPARE(stored(u"9201"_s).value(u"active"_s).toString(), u"N"_s);
        QCOMPARE(stored(u"9202"_s).value(u"active"_s).toString(), u"N"_s);

        const QString gone = write(u"gone.csv"_s, "extension,server_ip\r\n"
                                                  "9201,10.10.10.15\r\n"
                                                  "9202,10.10.10.15\r\n"
                                                  "9299,10.10.10.15\r\n");
        const int before = m_sim->stats().totalRequests;
        QCOMPARE(runCli({u"import"_s, gone, u"--mode"_s, u"delete"_s}), 2);
        QVERIFY2(err().contains(u"--yes"_s) && err().contains(u"Nothing was deleted."_s),
                 qPrintable(diagnostics()));
        QCOMPARE(m_sim->stats().totalRequests, before);

        QVERIFY2(runCli({u"import"_s, gone, u"--mode"_s, u"delete"_s, u"--yes"_s}) == 0,
                 qPrintable(diagnostics()));
        QVERIFY2(err().contains(u"2 deleted, 1 not on the server"_s), qPrintable(diagnostics()));
        QVERIFY(extensions().isEmpty());
        const QString batchId = m_run.printedBatch();
        QVERIFY(!batchId.isEmpty());
        QVERIFY2(runCli({u"history"_s, u"--batches"_s}) == 0, qPrintable(diagnostics()));
        QVERIFY2(QString::fromUtf8(m_run.out).contains(u"gone.csv (delete)"_s),
                 qPrintable(diagnostics()));
    }

    // A wrong password in a delete list: one request, then it stops; a bad
    // mode or passwords to generate for a delete are refused before anything.
    void guardsHoldInEveryMode()
    {
        addFirstList();
        const QString gone = write(u"gone.csv"_s, "extension,server_ip\r\n"
                                                  "9201,10.10.10.15\r\n"
                                                  "9202,10.10.10.15\r\n");
        const int before = m_sim->stats().totalRequests;
        QCOMPARE(runCli({u"import"_s, gone, u"--mode"_s, u"delete"_s, u"--yes"_s}, u"WrongPw1"_s),
                 3);
        QCOMPARE(m_sim->stats().perFunction.value(u"update_phone"_s), 1);
        QVERIFY(m_sim->stats().totalRequests - before <= 2); // the version read and one delete
        QCOMPARE(extensions().size(), 2);
        QVERIFY(!m_run.err.contains("WrongPw1"));

        QCOMPARE(runCli({u"import"_s, gone, u"--mode"_s, u"remove"_s}), 2);
        QVERIFY2(err().contains(u"--mode"_s), qPrintable(diagnostics()));
        QCOMPARE(runCli({u"import"_s, gone, u"--mode"_s, u"delete"_s, u"--generate-passwords"_s,
                         u"--handout"_s, path(u"h.csv"_s)}),
                 2);
        QCOMPARE(extensions().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImportModes)
#include "TestCliImportModes.moc"
