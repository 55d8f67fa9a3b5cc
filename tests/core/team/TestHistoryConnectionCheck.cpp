// "Test connection" and the TLS rule against real servers: each problem the
// user can meet (unreachable, login refused, no database, read-only user, no
// rights to create the tables, newer schema, TLS refused or missing) is found
// and said in words, without the password; TLS asked for is never quietly
// dropped, by the check or by the history itself.
#include "DbServer.h"
#include "history/HistoryStore.h"

#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using vp::test::DbServer;
using Problem = vp::HistoryConnectionCheck::Problem;

Q_DECLARE_METATYPE(Problem)

class TestHistoryConnectionCheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<DbServer> m_servers[2];
    std::unique_ptr<DbServer> m_tlsServers[2];
    int m_databases = 0;

    int engineIndex()
    {
        QFETCH_GLOBAL(int, engine);
        return engine;
    }
    DbServer &server() { return *m_servers[engineIndex()]; }
    bool isMariaDb() { return engineIndex() == 0; }

    QString superuser(DbServer &db, const QString &sql, const QString &database)
    {
        QString error;
        const QString output = db.superuserSql(sql, &error, database);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return output.trimmed();
    }

    // A new empty database; the program's user gets the guide's rights on it
    // (or, with fullRights false, only reading and writing rows).
    vp::HistoryLocation freshDatabase(DbServer &db, bool fullRights = true)
    {
        const QString name = u"c%1"_s.arg(++m_databases);
        if (fullRights) {
            QString error;
            const QString url = db.createDatabase(name, &error);
            if (url.isEmpty())
                qFatal("%s", qPrintable(error));
            return *vp::HistoryLocation::fromUrl(url);
        }
        if (db.engine() == DbServer::Engine::MariaDb) {
            superuser(db,
                      u"CREATE DATABASE %1 CHARACTER SET utf8mb4; GRANT SELECT, INSERT, UPDATE,"
                      " DELETE ON %1.* TO 'viciprov'@'127.0.0.1';"_s.arg(name),
                      u"mysql"_s);
        } else {
            // Without ownership, PostgreSQL 15 lets nobody create tables in
            // the public schema.
            superuser(db, u"CREATE DATABASE %1"_s.arg(name), u"postgres"_s);
        }
        auto location = vp::HistoryLocation::fromUrl(db.url());
        location->database = name;
        return *location;
    }

    // The tables of the database (none: the check left nothing behind).
    QString tables(const vp::HistoryLocation &location)
    {
        return isMariaDb()
                   ? superuser(server(), u"SHOW TABLES"_s, location.database)
                   : superuser(server(),
                               u"SELECT tablename FROM pg_tables WHERE schemaname = 'public'"_s,
                               location.database);
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
        QString error = DbServer::startEach(m_servers);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (int i = 0; i < 2; ++i) {
            const auto engine = i == 0 ? DbServer::Engine::MariaDb : DbServer::Engine::PostgreSql;
            m_tlsServers[i] = DbServer::startWithTls(engine, &error);
            QVERIFY2(m_tlsServers[i], qPrintable(error));
        }
    }

    void emptyDatabaseIsUsable()
    {
        const vp::HistoryLocation location = freshDatabase(server());
        const auto check = vp::checkHistoryConnection(location, server().password());
        QVERIFY2(check.ok(), qPrintable(check.message));
        QCOMPARE(check.schemaVersion, 0);
        QVERIFY(!check.serverVersion.isEmpty());
        QVERIFY2(check.message.contains(u"empty"_s), qPrintable(check.message));
        // The check left nothing behind: the database is still empty.
        QCOMPARE(tables(location), QString());
    }

    void readyHistoryIsUsableAndUntouched()
    {
        const vp::HistoryLocation location = freshDatabase(server());
        {
            vp::HistoryStore store;
            QString error;
            QVERIFY2(store.open(location, server().password(), &error), qPrintable(error));
        }
        const QString sessionsBefore =
            superuser(server(), u"SELECT COUNT(*) FROM sessions"_s, location.database);
        const auto check = vp::checkHistoryConnection(location, server().password());
        QVERIFY2(check.ok(), qPrintable(check.message));
        QCOMPARE(check.schemaVersion, vp::HistoryStore::currentSchemaVersion());
        QCOMPARE(superuser(server(), u"SELECT COUNT(*) FROM sessions"_s, location.database),
                 sessionsBefore);
    }

    void wrongPasswordIsRefusedWithoutEchoingIt()
    {
        const vp::HistoryLocation location = freshDatabase(server());
        const QString wrong = u"Wr0ngPassw0rdXyz"_s;
        const auto check = vp::checkHistoryConnection(location, wrong);
        QCOMPARE(check.problem, Problem::LoginRefused);
        QVERIFY2(check.message.contains(u"refused the login of user \"viciprov\""_s),
                 qPrintable(check.message));
        QVERIFY(!check.message.contains(wrong));
        QVERIFY(!check.message.contains(server().password()));
        // The history says the same when it cannot open.
        vp::HistoryStore store;
        QString error;
        QVERIFY(!store.open(location, wrong, &error));
        QVERIFY2(error.contains(u"refused the login"_s), qPrintable(error));
        QVERIFY(!error.contains(wrong));
    }

    void unknownUserIsRefused()
    {
        vp::HistoryLocation location = freshDatabase(server());
        location.user = u"nobody"_s;
        QCOMPARE(vp::checkHistoryConnection(location, server().password()).problem,
                 Problem::LoginRefused);
    }

    void missingDatabaseIsNamed()
    {
        vp::HistoryLocation location = freshDatabase(server());
        location.database = u"no_such_db"_s;
        const auto check = vp::checkHistoryConnection(location, server().password());
        // MariaDB does not tell a user without rights whether a database
        // exists: both read as "no rights on it, or it does not exist".
        QCOMPARE(check.problem, isMariaDb() ? Problem::NoRights : Problem::NoDatabase);
        QVERIFY2(check.message.contains(u"no_such_db"_s), qPrintable(check.message));
        QVERIFY2(check.message.contains(u"does not exist"_s), qPrintable(check.message));
    }

    void nobodyListeningIsUnreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const int port = probe.serverPort();
        probe.close();
        vp::HistoryLocation location = freshDatabase(server());
        location.port = port;
        const auto check = vp::checkHistoryConnection(location, server().password());
        QCOMPARE(check.problem, Problem::Unreachable);
        QVERIFY2(check.message.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(check.message));
    }

    void readOnlyUserCannotRecord()
    {
        const vp::HistoryLocation location = freshDatabase(server());
        {
            vp::HistoryStore store;
            QString error;
            QVERIFY2(store.open(location, server().password(), &error), qPrintable(error));
        }
        if (isMariaDb())
            superuser(server(),
                      u"GRANT SELECT ON %1.* TO 'auditor'@'127.0.0.1'"_s.arg(location.database),
                      u"mysql"_s);
        else
            superuser(server(), u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO auditor"_s,
                      location.database);
        vp::HistoryLocation auditor = location;
        auditor.user = server().auditorUser();
        const auto check = vp::checkHistoryConnection(auditor, server().auditorPassword());
        QCOMPARE(check.problem, Problem::NoRights);
        QVERIFY2(check.message.contains(u"not write"_s), qPrintable(check.message));
    }

    void userWhoCannotCreateTablesIsTold()
    {
        const vp::HistoryLocation location = freshDatabase(server(), false);
        const auto check = vp::checkHistoryConnection(location, server().password());
        QCOMPARE(check.problem, Problem::NoRights);
        QVERIFY2(check.message.contains(u"may not create"_s), qPrintable(check.message));
    }

    void newerSchemaIsRefused()
    {
        const vp::HistoryLocation location = freshDatabase(server());
        {
            vp::HistoryStore store;
            QString error;
            QVERIFY2(store.open(location, server().password(), &error), qPrintable(error));
        }
        superuser(server(), u"UPDATE schema_version SET version = 99"_s, location.database);
        const auto check = vp::checkHistoryConnection(location, server().password());
        QCOMPARE(check.problem, Problem::SchemaNewer);
        QCOMPARE(check.schemaVersion, 99);
        QVERIFY2(check.message.contains(u"newer version"_s), qPrintable(check.message));
    }

    // The security rule: TLS asked for of a server without TLS is refused
    // before anything is written (MariaDB's client would go on unencrypted).
    void tlsAskedOfAServerWithoutTlsIsRefused()
    {
        vp::HistoryLocation location = freshDatabase(server());
        location.tls = true;
        const auto check = vp::checkHistoryConnection(location, server().password());
        QCOMPARE(check.problem, Problem::TlsFailed);
        vp::HistoryStore store;
        QString error;
        QVERIFY(!store.open(location, server().password(), &error));
        QVERIFY2(error.contains(u"encrypt"_s), qPrintable(error));
        QCOMPARE(tables(location), QString());
    }

    void tlsWithTheServersAuthorityConnects()
    {
        DbServer &tlsServer = *m_tlsServers[engineIndex()];
        vp::HistoryLocation location = freshDatabase(tlsServer);
        location.tls = true;
        location.caFile = tlsServer.caFile();
        const auto check = vp::checkHistoryConnection(location, tlsServer.password());
        QVERIFY2(check.ok(), qPrintable(check.message));
        QVERIFY2(check.message.contains(u"encrypted"_s), qPrintable(check.message));
        vp::HistoryStore store;
        QString error;
        QVERIFY2(store.open(location, tlsServer.password(), &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), vp::HistoryStore::currentSchemaVersion());
    }

    void tlsServerNotSignedByATrustedAuthorityIsRefused()
    {
        DbServer &tlsServer = *m_tlsServers[engineIndex()];
        vp::HistoryLocation location = freshDatabase(tlsServer);
        location.tls = true; // the system's authorities: the test CA is not one
        const auto check = vp::checkHistoryConnection(location, tlsServer.password());
        QCOMPARE(check.problem, Problem::TlsFailed);
        QVERIFY(!check.message.contains(tlsServer.password()));
        vp::HistoryStore store;
        QString error;
        QVERIFY(!store.open(location, tlsServer.password(), &error));
    }

    void localFileIsChecked()
    {
        QTemporaryDir dir;
        vp::HistoryLocation location;
        location.path = dir.filePath(u"history.sqlite"_s);
        const auto check = vp::checkHistoryConnection(location, {});
        QVERIFY2(check.ok(), qPrintable(check.message));
        location.path = u"/proc/no/such/history.sqlite"_s;
        QVERIFY(!vp::checkHistoryConnection(location, {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestHistoryConnectionCheck)
#include "TestHistoryConnectionCheck.moc"
