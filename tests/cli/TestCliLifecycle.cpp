// viciprov-cli phone lifecycle end to end: `import` names its batch,
// `history --batches` lists it with its counts, `update` changes only the
// fields given. The real executable against the
// project's simulator (in this process, on a free loopback port), with
// throw-away settings and history.
#include "CliRunner.h"
#include "Simulator.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestCliLifecycle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    test::CliRun m_run;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    void writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    // Runs the CLI while this process's event loop keeps the simulator
    // answering; returns the exit code (-1 on crash or time-out).
    int runCli(const QStringList &arguments, const QString &password = u"Secret123"_s,
               const QString &url = {})
    {
        m_run = test::runCli(m_dir->path(), url.isEmpty() ? m_sim->baseUrl().toString() : url,
                             u"apiadmin"_s, password, arguments);
        return m_run.exitCode;
    }

    QString diagnostics() const { return m_run.diagnostics(); }

    // The "batch: ID" line of the last run's standard output.
    QString printedBatch() const { return m_run.printedBatch(); }

    // The simulator's stored phone extension@10.10.10.15, or an empty object.
    static QJsonObject storedPhone(const sim::Simulator &simulator, const QString &extension)
    {
        const QJsonArray phones = simulator.phones();
        for (const QJsonValue &value : phones) {
            const QJsonObject phone = value.toObject();
            if (phone.value(u"extension"_s).toString() == extension &&
                phone.value(u"server_ip"_s).toString() == u"10.10.10.15"_s)
                return phone;
        }
        return {};
    }

    int addOne(const QString &extension, const QString &url = {})
    {
        return runCli({u"add"_s, u"--extension"_s, extension, u"--server-ip"_s, u"10.10.10.15"_s,
                       u"--outbound-cid"_s, u"3125551212"_s, u"--phone-pass-env"_s,
                       u"VP_TEST_PASS"_s, u"--registration-password-env"_s, u"VP_TEST_PASS"_s},
                      u"Secret123"_s, url);
    }

    static QStringList target(const QString &extension)
    {
        return {u"--extension"_s, extension, u"--server-ip"_s, u"10.10.10.15"_s};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->listen(0));
    }

    void cleanup()
    {
        m_sim.reset();
        m_dir.reset();
    }

    // The batch id is on a line of its own; the batch list names it with
    // its file, system and what each row came to.
    void importNamesItsBatchAndHistoryListsIt()
    {
        QVERIFY2(runCli({u"add"_s, u"--extension"_s, u"8002"_s, u"--server-ip"_s, u"10.10.10.15"_s,
                         u"--outbound-cid"_s, u"3125551212"_s, u"--phone-pass-env"_s,
                         u"VP_TEST_PASS"_s, u"--registration-password-env"_s, u"VP_TEST_PASS"_s}) ==
                     0,
                 qPrintable(diagnostics()));
        // Forget the add in the history so the import sends 8002 again and
        // the server answers that it already exists.
        QFile::remove(path(u"history.sqlite"_s));
        QFile::remove(path(u"history.sqlite-wal"_s));
        QFile::remove(path(u"history.sqlite-shm"_s));
        writeFile(u"agents.csv"_s,
                  "extension,phone_full_name,phone_login,phone_pass,registration_password\r\n"
                  "8001,Ana,8001,PwAna8001,RgAna8001\r\n"
                  "8002,Bruno,8002,PwBru8002,RgBru8002\r\n"
                  "8003,Chloe,8003,PwChl8003,RgChl8003\r\n");
        const int code =
            runCli({u"import"_s, path(u"agents.csv"_s), u"--default"_s, u"server_ip=10.10.10.15"_s,
                    u"--default"_s, u"outbound_cid=3125551212"_s});
        QVERIFY2(code == 1, qPrintable(diagnostics())); // 8002 already existed
        const QString batchId = printedBatch();
        QVERIFY2(!batchId.isEmpty(), qPrintable(diagnostics()));

        QVERIFY2(runCli({u"history"_s, u"--batches"_s}) == 0, qPrintable(diagnostics()));
        const QStringList lines = QString::fromUtf8(m_run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].startsWith(batchId + u"  "_s), qPrintable(diagnostics()));
        QVERIFY2(lines[0].contains(u"agents.csv"_s), qPrintable(diagnostics()));
        QVERIFY2(lines[0].contains(m_sim->baseUrl().host()), qPrintable(diagnostics()));
        QVERIFY2(
            lines[0].contains(u"2 added, 1 already existed, 0 failed, 0 unknown, 0 not sent"_s),
            qPrintable(diagnostics()));

        // A dry run sends nothing and names no batch.
        QVERIFY(
            runCli({u"import"_s, path(u"agents.csv"_s), u"--default"_s, u"server_ip=10.10.10.15"_s,
                    u"--default"_s, u"outbound_cid=3125551212"_s, u"--dry-run"_s}) == 0);
        QVERIFY2(printedBatch().isEmpty(), qPrintable(diagnostics()));
    }

    // Only the fields given are sent; everything else stays as stored.
    void updateChangesOnlyTheGivenFields()
    {
        QVERIFY2(addOne(u"9106"_s) == 0, qPrintable(diagnostics()));
        const QJsonObject before = storedPhone(*m_sim, u"9106"_s);
        QVERIFY2(runCli(QStringList{u"update"_s} + target(u"9106"_s) +
                        QStringList{u"--phone-full-name"_s, u"Ana Lopez"_s, u"--email"_s,
                                    u"ana@example.com"_s, u"--active"_s, u"N"_s}) == 0,
                 qPrintable(diagnostics()));
        const QJsonObject after = storedPhone(*m_sim, u"9106"_s);
        QCOMPARE(after.value(u"fullname"_s).toString(), u"Ana Lopez"_s);
        QCOMPARE(after.value(u"email"_s).toString(), u"ana@example.com"_s);
        QCOMPARE(after.value(u"active"_s).toString(), u"N"_s);
        for (const QString &key : before.keys()) {
            if (key != "fullname"_L1 && key != "email"_L1 && key != "active"_L1)
                QVERIFY2(after.value(key) == before.value(key), qPrintable(key));
        }
        // The password comes from the environment, never the command line.
        QVERIFY2(runCli(QStringList{u"update"_s} + target(u"9106"_s) +
                            QStringList{u"--phone-pass-env"_s, u"VP_NEW_PASS"_s},
                        u"Secret123"_s) == 2,
                 qPrintable(diagnostics())); // VP_NEW_PASS is not set: empty, refused
        QCOMPARE(storedPhone(*m_sim, u"9106"_s).value(u"pass"_s), before.value(u"pass"_s));
    }

    // update_phone's own limits and the client's guards: refused before
    // anything is sent, with a message naming the field.
    void updateRefusesWhatTheServerWouldDamage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("name of 1")
            << QStringList{u"--phone-full-name"_s, u"A"_s} << QByteArray("2");
        QTest::newRow("name of 31")
            << QStringList{u"--phone-full-name"_s, QString(31, u'a')} << QByteArray("30");
        QTest::newRow("dial plan of 2")
            << QStringList{u"--dialplan-number"_s, u"91"_s} << QByteArray("3");
        QTest::newRow("lower-case active")
            << QStringList{u"--active"_s, u"n"_s} << QByteArray("Y or N");
        QTest::newRow("stripped character")
            << QStringList{u"--phone-login"_s, u"91'06"_s} << QByteArray("'");
        QTest::newRow("login of another phone")
            << QStringList{u"--phone-login"_s, u"9107"_s} << QByteArray("9107");
        QTest::newRow("nothing to change") << QStringList{} << QByteArray("Nothing to change");
    }

    void updateRefusesWhatTheServerWouldDamage()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, message);
        QVERIFY2(addOne(u"9106"_s) == 0, qPrintable(diagnostics()));
        QVERIFY2(addOne(u"9107"_s) == 0, qPrintable(diagnostics()));
        const int before = m_sim->stats().totalRequests;
        const QJsonObject stored = storedPhone(*m_sim, u"9106"_s);
        QCOMPARE(runCli(QStringList{u"update"_s} + target(u"9106"_s) + options), 2);
        QVERIFY2(m_run.err.contains(message), qPrintable(diagnostics()));
        QCOMPARE(m_sim->stats().totalRequests, before);
        QCOMPARE(storedPhone(*m_sim, u"9106"_s), stored);
    }

    // A user without the permission to change phones: stopped, exit 3.
    void updateWithoutPermissionStops()
    {
        sim::SimConfig config = sim::SimConfig::defaults();
        config.users[0].modifyPhones = false;
        sim::Simulator restricted(config);
        QVERIFY(restricted.listen(0));
        const QString url = restricted.baseUrl().toString();
        QVERIFY2(addOne(u"9108"_s, url) == 0, qPrintable(diagnostics()));
        QCOMPARE(
            runCli(QStringList{u"update"_s} + target(u"9108"_s) +
                       QStringList{u"--phone-full-name"_s, u"Ana Lopez"_s, u"--active"_s, u"N"_s},
                   u"Secret123"_s, url),
            3);
        QVERIFY2(m_run.err.contains("Stopped"), qPrintable(diagnostics()));
        // One refused request; the switch-off after it was never sent.
        QCOMPARE(restricted.stats().perFunction.value(u"update_phone"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "TestCliLifecycle.moc"
