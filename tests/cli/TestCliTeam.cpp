// Team mode through the real command-line tool: two admins' imports of
// overlapping lists at once, and a database restart under a running batch,
// on real MariaDB and PostgreSQL servers (tests/common/DbServer) and the
// simulator (which counts requests in flight per extension and login).
#include "CliRunner.h"
#include "DbServer.h"
#include "Simulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using vp::test::DbServer;

class TestCliTeam : public QObject
{
    Q_OBJECT

    std::unique_ptr<DbServer> m_servers[2];
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_databases = 0;

    DbServer &server()
    {
        QFETCH_GLOBAL(int, engine);
        return *m_servers[engine];
    }

    QString freshDatabaseUrl(QString *name)
    {
        DbServer &db = server();
        *name = u"c%1"_s.arg(++m_databases);
        QString error;
        const bool maria = db.engine() == DbServer::Engine::MariaDb;
        db.superuserSql(maria ? u"CREATE DATABASE %1 CHARACTER SET utf8mb4; GRANT SELECT, INSERT,"
                                " UPDATE, DELETE, CREATE, ALTER, INDEX, DROP ON %1.* TO"
                                " 'viciprov'@'127.0.0.1';"_s.arg(*name)
                              : u"CREATE DATABASE %1 OWNER viciprov"_s.arg(*name),
                        &error, maria ? u"mysql"_s : u"postgres"_s);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return u"%1://viciprov@127.0.0.1:%2/%3"_s.arg(maria ? u"mysql"_s : u"postgresql"_s)
            .arg(db.port())
            .arg(*name);
    }

    QString sql(const QString &database, const QString &statement)
    {
        QString error;
        const QString out = server().superuserSql(statement, &error, database).trimmed();
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return out;
    }

    // A list of phones first..last, each with its own login.
    QString writeList(const QString &name, int first, int last)
    {
        QByteArray text = "extension,server_ip,phone_login,phone_pass,registration_password,"
                          "outbound_cid,phone_full_name\n";
        for (int extension = first; extension <= last; ++extension)
            text += QByteArray::number(extension) + ",10.10.10.15,ag" +
                    QByteArray::number(extension) + ",Pw" + QByteArray::number(extension) +
                    "xy,Rg" + QByteArray::number(extension) + "xy,3125550100,Agent " +
                    QByteArray::number(extension) + "\n";
        const QString path = m_dir->filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(text);
        return path;
    }

    // Each admin has a machine of their own: own settings, own local files.
    void startImport(QProcess &process, const QString &admin, const QString &historyUrl,
                     const QString &list)
    {
        const QString home = m_dir->filePath(admin);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        env.insert(u"VP_TEST_PASS"_s, u"Secret123"_s);
        env.insert(u"VP_DB_PASS"_s, server().password());
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(VP_CLI_PATH),
                      {u"--url"_s, m_sim->baseUrl().toString(), u"--user"_s, u"apiadmin"_s,
                       u"--password-env"_s, u"VP_TEST_PASS"_s, u"--history-url"_s, historyUrl,
                       u"--history-password-env"_s, u"VP_DB_PASS"_s, u"import"_s, list});
    }

    static bool waitFor(QProcess &process, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < ms)
            QTest::qWait(50); // the simulator answers from this event loop
        return process.state() == QProcess::NotRunning;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<int>("engine");
        QTest::newRow("mariadb") << 0;
        QTest::newRow("postgresql") << 1;
    }

    void initTestCase()
    {
        const QString error = DbServer::startEach(m_servers);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sim = std::make_unique<sim::Simulator>();
        m_sim->setLatencyMs(20);
        QVERIFY(m_sim->listen(0));
    }

    void cleanup()
    {
        m_sim.reset();
        m_dir.reset();
    }

    void twoAdminsImportingOverlappingListsNeverRace()
    {
        QString database;
        const QString url = freshDatabaseUrl(&database);
        const QString ann = writeList(u"ann.csv"_s, 8000, 8039);
        const QString bob = writeList(u"bob.csv"_s, 8020, 8059); // 20 in both lists
        QProcess first, second;
        startImport(first, u"ann"_s, url, ann);
        startImport(second, u"bob"_s, url, bob);
        QVERIFY(waitFor(first, 120000));
        QVERIFY(waitFor(second, 120000));
        const QString diagnostics =
            QString::fromUtf8(first.readAllStandardError() + "\n" + second.readAllStandardError());
        QVERIFY2(first.exitCode() <= 1 && second.exitCode() <= 1, qPrintable(diagnostics));
        const sim::SimStats stats = m_sim->stats();
        // Never two requests for one phone or one login at once, across the
        // two programs; every phone on the server exactly once.
        QCOMPARE(stats.maxConcurrentSameExtension, 1);
        QCOMPARE(stats.maxConcurrentSameLogin, 1);
        QCOMPARE(stats.duplicateKeyErrors, 0);
        QCOMPARE(m_sim->phones().size(), 60);
        // Every request recorded once, and finished.
        QCOMPARE(sql(database, u"SELECT COUNT(*) FROM attempts WHERE api_function = 'add_phone'"_s)
                     .toInt(),
                 stats.perFunction.value(u"add_phone"_s));
        QCOMPARE(sql(database, u"SELECT COUNT(*) FROM attempts WHERE outcome IS NULL"_s), u"0"_s);
        QCOMPARE(sql(database, u"SELECT COUNT(DISTINCT extension) FROM attempts"
                               " WHERE outcome = 'added'"_s),
                 u"60"_s);
        QCOMPARE(sql(database, u"SELECT COUNT(*) FROM claims"_s), u"0"_s);
    }

    void aDatabaseRestartUnderARunningBatchLosesNothing()
    {
        QString database;
        const QString url = freshDatabaseUrl(&database);
        const QString list = writeList(u"list.csv"_s, 9000, 9119);
        QProcess import;
        startImport(import, u"ann"_s, url, list);
        // Let a part of the batch go, then take the database away for a while.
        QElapsedTimer timer;
        timer.start();
        while (m_sim->phones().size() < 30 && timer.elapsed() < 60000)
            QTest::qWait(20);
        QVERIFY(server().kill());
        const int duringOutage = m_sim->phones().size();
        QTest::qWait(3000);
        // Nothing was sent while it was gone (at most what was in flight).
        QVERIFY2(m_sim->phones().size() <= duringOutage + 4,
                 qPrintable(u"%1 -> %2"_s.arg(duringOutage).arg(m_sim->phones().size())));
        QString error;
        QVERIFY2(server().restart(&error), qPrintable(error));
        QVERIFY(waitFor(import, 120000));
        const QString err = QString::fromUtf8(import.readAllStandardError());
        QVERIFY2(import.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(u"paused"_s), qPrintable(err));
        const sim::SimStats stats = m_sim->stats();
        QCOMPARE(m_sim->phones().size(), 120);
        QCOMPARE(stats.duplicateKeyErrors, 0);
        // No attempt lost, none left unfinished, no phone created twice.
        QCOMPARE(sql(database, u"SELECT COUNT(*) FROM attempts WHERE api_function = 'add_phone'"_s)
                     .toInt(),
                 stats.perFunction.value(u"add_phone"_s));
        QVERIFY2(sql(database, u"SELECT COUNT(*) FROM attempts WHERE outcome IS NULL"_s) == u"0"_s,
                 qPrintable(err + sql(database, u"SELECT id, extension, session FROM attempts"
                                                " WHERE outcome IS NULL"_s)));
        QCOMPARE(sql(database, u"SELECT COUNT(*) FROM attempts WHERE outcome = 'added'"_s),
                 u"120"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "TestCliTeam.moc"
