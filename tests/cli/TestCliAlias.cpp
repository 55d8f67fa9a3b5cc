// viciprov-cli alias add / update / delete end to end: the real executable
// against the project's simulator (in this process, on a free loopback port),
// checked by what the simulator stores afterwards (GET /sim/aliases).
#include "CliRunner.h"
#include "Simulator.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestCliAlias : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_stdout;
    QByteArray m_stderr;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Runs the CLI while this process's event loop keeps the simulator
    // answering; returns the exit code (-1 on crash or time-out).
    int runCli(const QStringList &arguments, const QString &password = u"Secret123"_s,
               const QString &user = u"apiadmin"_s)
    {
        const test::CliRun run =
            test::runCli(m_dir->path(), m_sim->baseUrl().toString(), user, password, arguments);
        m_stdout = run.out;
        m_stderr = run.err;
        return run.exitCode;
    }

    QString diagnostics() const
    {
        return QString::fromUtf8("stdout:\n" + m_stdout + "\nstderr:\n" + m_stderr);
    }

    QJsonObject stored(const QString &id) const
    {
        for (const QJsonValue &alias : m_sim->aliases()) {
            if (alias[u"alias_id"_s].toString() == id)
                return alias.toObject();
        }
        return {};
    }

    void addPhone(const QString &extension)
    {
        QVERIFY2(runCli({u"add"_s, u"--extension"_s, extension, u"--server-ip"_s, u"10.10.10.15"_s,
                         u"--outbound-cid"_s, u"3125551212"_s, u"--phone-pass-env"_s,
                         u"VP_TEST_PASS"_s, u"--registration-password-env"_s, u"VP_TEST_PASS"_s}) ==
                     0,
                 qPrintable(diagnostics()));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        sim::SimConfig config = sim::SimConfig::defaults();
        sim::SimUser noDelete;
        noDelete.user = u"nodelete"_s;
        noDelete.pass = u"NoDel123"_s;
        noDelete.deletePhones = false;
        config.users << noDelete;
        m_sim = std::make_unique<sim::Simulator>(config);
        QVERIFY(m_sim->listen(0));
    }

    void cleanup()
    {
        m_sim.reset();
        m_dir.reset();
    }

    void addUpdateDelete()
    {
        addPhone(u"8001"_s);
        addPhone(u"8002"_s);
        QVERIFY2(runCli({u"alias"_s, u"add"_s, u"--id"_s, u"al80"_s, u"--name"_s, u"Agent Eighty"_s,
                         u"--logins"_s, u"8001,8002"_s}) == 0,
                 qPrintable(diagnostics()));
        QVERIFY2(m_stdout.contains("alias al80: added"), qPrintable(diagnostics()));
        QCOMPARE(stored(u"al80"_s)[u"alias_name"_s].toString(), u"Agent Eighty"_s);
        QCOMPARE(stored(u"al80"_s)[u"logins_list"_s].toString(), u"8001,8002"_s);

        QVERIFY2(
            runCli({u"alias"_s, u"update"_s, u"--id"_s, u"al80"_s, u"--name"_s, u"Renamed"_s}) == 0,
            qPrintable(diagnostics()));
        QCOMPARE(stored(u"al80"_s)[u"alias_name"_s].toString(), u"Renamed"_s);
        QCOMPARE(stored(u"al80"_s)[u"logins_list"_s].toString(), u"8001,8002"_s);
        QVERIFY2(
            runCli({u"alias"_s, u"update"_s, u"--id"_s, u"al80"_s, u"--logins"_s, u"8002"_s}) == 0,
            qPrintable(diagnostics()));
        QCOMPARE(stored(u"al80"_s)[u"logins_list"_s].toString(), u"8002"_s);

        // A login no phone has: refused by the server, exit 1, nothing changed.
        QCOMPARE(
            runCli({u"alias"_s, u"update"_s, u"--id"_s, u"al80"_s, u"--logins"_s, u"nosuch"_s}), 1);
        QCOMPARE(stored(u"al80"_s)[u"logins_list"_s].toString(), u"8002"_s);

        // Not on a terminal and without --yes: nothing is sent.
        const int before = m_sim->stats().totalRequests;
        QCOMPARE(runCli({u"alias"_s, u"delete"_s, u"--id"_s, u"al80"_s}), 2);
        QVERIFY2(m_stderr.contains("--yes"), qPrintable(diagnostics()));
        QCOMPARE(m_sim->stats().totalRequests, before);
        QCOMPARE(m_sim->aliases().size(), 1);

        // Without the delete permission: exit 3, the alias stays.
        QCOMPARE(runCli({u"alias"_s, u"delete"_s, u"--id"_s, u"al80"_s, u"--yes"_s}, u"NoDel123"_s,
                        u"nodelete"_s),
                 3);
        QVERIFY2(m_stderr.contains("Delete Phones") || m_stdout.contains("Delete Phones"),
                 qPrintable(diagnostics()));
        QCOMPARE(m_sim->aliases().size(), 1);

        QVERIFY2(runCli({u"alias"_s, u"delete"_s, u"--id"_s, u"al80"_s, u"--yes"_s}) == 0,
                 qPrintable(diagnostics()));
        QVERIFY(m_sim->aliases().isEmpty());
    }

    void badInputIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{u"alias"_s} << u"usage:"_s;
        QTest::newRow("add without logins")
            << QStringList{u"alias"_s, u"add"_s, u"--id"_s, u"al1"_s, u"--name"_s, u"Name"_s}
            << u"at least one phone login"_s;
        QTest::newRow("id with a dot")
            << QStringList{u"alias"_s, u"delete"_s, u"--id"_s, u"al.1"_s, u"--yes"_s} << u"\".\""_s;
        QTest::newRow("update with nothing")
            << QStringList{u"alias"_s, u"update"_s, u"--id"_s, u"al1"_s} << u"Nothing to change"_s;
        QTest::newRow("name with an apostrophe")
            << QStringList{u"alias"_s, u"update"_s, u"--id"_s, u"al1"_s, u"--name"_s, u"O'Brien"_s}
            << u"\"'\""_s;
    }

    void badInputIsRefusedBeforeSending()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QCOMPARE(runCli(arguments), 2);
        QVERIFY2(QString::fromUtf8(m_stderr).contains(message), qPrintable(diagnostics()));
        QCOMPARE(m_sim->stats().totalRequests, 0);
    }

    void help()
    {
        QCOMPARE(runCli({u"alias"_s, u"--help"_s}), 0);
        QVERIFY2(m_stdout.contains("alias add --id ID --name NAME --logins L1,L2"),
                 qPrintable(diagnostics()));
        QCOMPARE(runCli({u"alias"_s, u"delete"_s, u"--help"_s}), 0);
        QVERIFY2(m_stdout.contains("--yes"), qPrintable(diagnostics()));
    }
};

QTEST_GUILESS_MAIN(TestCliAlias)
#include "TestCliAlias.moc"
