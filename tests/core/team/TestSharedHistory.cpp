// The history on a shared database server: the same schema and rules as
// the file, claims between programs, a server restart, the secrets audit
// and the copy of a local history. Real servers (tests/common/DbServer),
// each test in a database of its own.
#include "DbServer.h"
#include "history/BatchJournal.h"
#include "history/HistoryStore.h"

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using vp::test::DbServer;

namespace {

vp::HistoryAttempt attemptFor(const QString &extension, const QString &login,
                              const QString &phonePass = {})
{
    vp::HistoryAttempt attempt;
    attempt.serverUrl = u"https://pbx.example.com/vicidial/non_agent_api.php"_s;
    attempt.systemKey = u"https://pbx.example.com"_s;
    attempt.apiUser = u"apiadmin"_s;
    attempt.method = u"POST"_s;
    attempt.function = u"add_phone"_s;
    attempt.phone.setValue(vp::PhoneField::Extension, extension);
    attempt.phone.setValue(vp::PhoneField::ServerIp, u"10.0.0.5"_s);
    attempt.phone.setValue(vp::PhoneField::PhoneLogin, login);
    attempt.phone.setValue(vp::PhoneField::PhonePass, phonePass);
    return attempt;
}

} // namespace

class TestSharedHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<DbServer> m_servers[2];
    int m_databases = 0;

    DbServer &server()
    {
        QFETCH_GLOBAL(int, engine);
        return *m_servers[engine];
    }

    // A new empty database the program's user may use, as the guide says.
    vp::HistoryLocation freshDatabase()
    {
        QString error;
        const QString url = server().createDatabase(u"t%1"_s.arg(++m_databases), &error);
        if (url.isEmpty())
            qFatal("%s", qPrintable(error));
        return *vp::HistoryLocation::fromUrl(url);
    }

    QString superuser(const vp::HistoryLocation &location, const QString &sql)
    {
        QString error;
        const QString output = server().superuserSql(sql, &error, location.database);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return output.trimmed();
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

    void schemaIsCreatedOnceAtTheCurrentVersion()
    {
        const vp::HistoryLocation location = freshDatabase();
        // Two programs open the empty database at once: one creates the
        // schema under the lock, the other waits and finds it.
        QString errors[2];
        int versions[2] = {0, 0};
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads << QThread::create([&, i] {
                vp::HistoryStore store;
                store.open(location, server().password(), &errors[i]);
                versions[i] = store.schemaVersion();
            });
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(versions[0], vp::HistoryStore::currentSchemaVersion());
        QCOMPARE(versions[1], vp::HistoryStore::currentSchemaVersion());
        QCOMPARE(superuser(location, u"SELECT COUNT(*), MAX(version) FROM schema_version"_s),
                 u"1\t%1"_s.arg(vp::HistoryStore::currentSchemaVersion()));
    }

    void aNewerSchemaIsRefused()
    {
        const vp::HistoryLocation location = freshDatabase();
        {
            vp::HistoryStore store;
            QVERIFY(store.open(location, server().password()));
        }
        superuser(location, u"UPDATE schema_version SET version = 99"_s);
        vp::HistoryStore older;
        QString error;
        QVERIFY(!older.open(location, server().password(), &error));
        QVERIFY2(error.contains(u"newer version"_s) && error.contains(u"99"_s), qPrintable(error));
    }

    void aWrongPasswordIsRefused()
    {
        const vp::HistoryLocation location = freshDatabase();
        vp::HistoryStore store;
        QString error;
        QVERIFY(!store.open(location, u"not-the-password"_s, &error));
        QVERIFY(!error.contains(u"not-the-password"_s));
        QVERIFY(!error.isEmpty());
    }

    void attemptsRecordWhoAndReadBack()
    {
        const vp::HistoryLocation location = freshDatabase();
        vp::HistoryStore store;
        QVERIFY(store.open(location, server().password()));
        const qint64 id = store.recordStart(attemptFor(u"8001"_s, u"agent1"_s));
        QVERIFY2(id > 0, qPrintable(store.lastError()));
        QVERIFY(store.recordFinish(id, vp::Outcome::Added, 200, u"added"_s, u"SUCCESS"_s, 12));
        const auto attempt = store.attempt(id);
        QVERIFY(attempt);
        QCOMPARE(attempt->outcome, vp::Outcome::Added);
        QCOMPARE(attempt->osUser, vp::HistoryStore::currentOsUser());
        QCOMPARE(attempt->machine, vp::HistoryStore::currentMachine());
        vp::HistoryFilter filter;
        filter.osUser = vp::HistoryStore::currentOsUser();
        QCOMPARE(store.count(filter), 1);
        filter.osUser = u"somebody-else"_s;
        QCOMPARE(store.count(filter), 0);
        filter = {};
        filter.text = u"AGENT1"_s; // case-insensitive search, as in the file
        QCOMPARE(store.count(filter), 1);
        QVERIFY(store.osUsers().contains(vp::HistoryStore::currentOsUser()));
        QVERIFY(store.wasAdded(vp::VicidialSystem{attemptFor({}, {}).systemKey, {}}, u"8001"_s,
                               u"10.0.0.5"_s));
    }

    void aPhoneOrLoginInFlightElsewhereIsClaimed()
    {
        const vp::HistoryLocation location = freshDatabase();
        vp::HistoryStore first, second;
        QVERIFY(first.open(location, server().password()));
        QVERIFY(second.open(location, server().password()));
        const qint64 sending = first.recordStart(attemptFor(u"8001"_s, u"agent1"_s));
        QVERIFY(sending > 0);
        // The same phone, and another phone with the same login: both wait.
        QCOMPARE(second.recordStart(attemptFor(u"8001"_s, u"agent9"_s)),
                 vp::HistoryStore::kClaimed);
        QVERIFY2(second.claimHolder().contains(vp::HistoryStore::currentOsUser()),
                 qPrintable(second.claimHolder()));
        QCOMPARE(second.recordStart(attemptFor(u"8002"_s, u"AGENT1"_s)),
                 vp::HistoryStore::kClaimed);
        // Nothing of the refused attempts was written.
        QCOMPARE(second.count({}), 1);
        // Another phone and login go at once.
        const qint64 other = second.recordStart(attemptFor(u"8003"_s, u"agent3"_s));
        QVERIFY(other > 0);
        QVERIFY(first.recordFinish(sending, vp::Outcome::Added, 200, {}, {}, 5));
        const qint64 after = second.recordStart(attemptFor(u"8001"_s, u"agent9"_s));
        QVERIFY2(after > 0, qPrintable(second.lastError()));
        QVERIFY(second.recordFinish(after, vp::Outcome::AlreadyExistsOnServer, 200, {}, {}, 5));
        QVERIFY(second.recordFinish(other, vp::Outcome::Added, 200, {}, {}, 5));
        QCOMPARE(superuser(location, u"SELECT COUNT(*) FROM claims"_s), u"0"_s);
    }

    void aCrashedProgramsClaimOutlivesItOnlyUntilItsLease()
    {
        const vp::HistoryLocation location = freshDatabase();
        vp::HistoryStore first, second;
        QVERIFY(first.open(location, server().password()));
        QVERIFY(second.open(location, server().password()));
        QVERIFY(first.recordStart(attemptFor(u"8001"_s, u"agent1"_s)) > 0);
        QCOMPARE(second.recordStart(attemptFor(u"8001"_s, u"agent1"_s)),
                 vp::HistoryStore::kClaimed);
        // The lease ran out (the first program stopped beating).
        superuser(location, u"UPDATE claims SET expires_at = 0"_s);
        QVERIFY(second.recordStart(attemptFor(u"8001"_s, u"agent1"_s)) > 0);
    }

    void aSessionThatStoppedBeatingIsGoneAndItsRowsInterrupted()
    {
        const vp::HistoryLocation location = freshDatabase();
        vp::HistoryStore first, second;
        QVERIFY(first.open(location, server().password()));
        QVERIFY(second.open(location, server().password()));
        QVERIFY(first.recordStart(attemptFor(u"8001"_s, u"agent1"_s)) > 0);
        QVERIFY(second.isSessionAlive(first.sessionId()));
        QCOMPARE(second.markInterrupted(), 0); // alive: its request is in flight
        superuser(location, u"UPDATE sessions SET last_seen = 0 WHERE session_id = '%1'"_s.arg(
                                first.sessionId()));
        QVERIFY(!second.isSessionAlive(first.sessionId()));
        QCOMPARE(second.markInterrupted(), 1);
    }

    void aBatchCutShortIsOfferedOnAnotherMachine()
    {
        const vp::HistoryLocation location = freshDatabase();
        vp::HistoryStore first, second;
        QVERIFY(first.open(location, server().password()));
        QVERIFY(second.open(location, server().password()));
        vp::BatchJournal journalA(first);
        vp::BatchInfo info;
        info.batchId = u"cut-short"_s;
        info.label = u"agents.csv"_s;
        info.serverUrl = u"https://pbx.example.com/vicidial/non_agent_api.php"_s;
        const QList<vp::PhoneRecord> phones = {
            attemptFor(u"8001"_s, u"a1"_s, u"Pw-8001-x"_s).phone,
            attemptFor(u"8002"_s, u"a2"_s, u"Pw-8002-x"_s).phone};
        QVERIFY2(journalA.begin(info, phones, {2, 3}), qPrintable(journalA.lastError()));
        QVERIFY(first.recordStart(attemptFor(u"8001"_s, u"a1"_s)) > 0);
        vp::BatchJournal journalB(second);
        // While its program lives, the batch is its own.
        QVERIFY(journalB.orphanedBatches().isEmpty());
        // Its program stops beating (killed, machine off): the other machine
        // is offered the batch, with its rows and without passwords.
        superuser(location, u"UPDATE sessions SET last_seen = 0 WHERE session_id = '%1'"_s.arg(
                                first.sessionId()));
        const QList<vp::BatchInfo> offered = journalB.orphanedBatches();
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.first().batchId, u"cut-short"_s);
        const QList<vp::BatchPlanRow> plan = journalB.plan(u"cut-short"_s);
        QCOMPARE(plan.size(), 2);
        QVERIFY(plan.at(0).phonePassSet);
        QVERIFY(plan.at(0).phone.value(vp::PhoneField::PhonePass).isEmpty());
    }

    void aRestartLosesNoResult()
    {
        const vp::HistoryLocation location = freshDatabase();
        vp::HistoryStore store;
        QVERIFY(store.open(location, server().password()));
        const qint64 id = store.recordStart(attemptFor(u"8001"_s, u"agent1"_s));
        QVERIFY(id > 0);
        QVERIFY(server().kill());
        // Its reply arrives while the database is gone: kept, not lost.
        QVERIFY(!store.recordFinish(id, vp::Outcome::Added, 200, u"added"_s, {}, 10));
        QCOMPARE(store.unsavedResults(), 1);
        // Nothing new may be written ahead, so nothing may be sent.
        QVERIFY(store.recordStart(attemptFor(u"8002"_s, u"agent2"_s)) < 0);
        QVERIFY(!store.reconnect());
        QString error;
        QVERIFY2(server().restart(&error), qPrintable(error));
        const bool back = store.reconnect(&error);
        if (!back)
            qWarning("%s", qPrintable(server().log()));
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(store.unsavedResults(), 0);
        QCOMPARE(store.attempt(id)->outcome, vp::Outcome::Added);
        QVERIFY(store.recordStart(attemptFor(u"8002"_s, u"agent2"_s)) > 0);
        QCOMPARE(store.count({}), 2);
    }

    void noPasswordReachesTheServer()
    {
        const vp::HistoryLocation location = freshDatabase();
        const QString secret = u"Zq7-SecretPhonePass"_s;
        {
            vp::HistoryStore store;
            QVERIFY(store.open(location, server().password()));
            vp::HistoryAttempt attempt = attemptFor(u"8001"_s, u"agent1"_s, secret);
            attempt.redactedRequest = u"phone_pass="_s + secret; // a caller that forgot
            const qint64 id = store.recordStart(attempt);
            QVERIFY(id > 0);
            // The server echoes it in its reply.
            QVERIFY(store.recordFinish(id, vp::Outcome::Added, 200, secret,
                                       u"SUCCESS: add_phone - |"_s + secret, 3));
            vp::BatchJournal journal(store);
            vp::BatchInfo info;
            info.batchId = u"b1"_s;
            info.label = u"list.csv"_s;
            QVERIFY2(journal.begin(
                         info,
                         QList<vp::PhoneRecord>{attemptFor(u"8002"_s, u"agent2"_s, secret).phone},
                         {1}),
                     qPrintable(journal.lastError()));
        }
        QString error;
        const QByteArray dump = server().dump(&error, location.database);
        QVERIFY2(!dump.isEmpty(), qPrintable(error));
        QVERIFY(dump.contains("8002"));
        QVERIFY(!dump.contains(secret.toUtf8()));
        QVERIFY(!dump.contains(server().password().toUtf8()));
        // Nor in the server's files (tables, logs), once written out.
        QVERIFY(server().stop());
        QDirIterator files(server().dataDirectory(), QDir::Files, QDirIterator::Subdirectories);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++read;
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(read > 10);
        QVERIFY2(server().restart(&error), qPrintable(error));
    }

    void aLocalHistoryIsCopiedOnce()
    {
        QTemporaryDir dir;
        vp::HistoryStore local;
        QVERIFY(local.open(dir.filePath(u"history.sqlite"_s)));
        for (int i = 0; i < 3; ++i) {
            const qint64 id = local.recordStart(attemptFor(
                QString::number(8001 + i), u"agent%1"_s.arg(i), u"Pw-%1-secret"_s.arg(i)));
            QVERIFY(local.recordFinish(id, vp::Outcome::Added, 200, {}, {}, 2));
        }
        {
            vp::BatchJournal journal(local);
            vp::BatchInfo info;
            info.batchId = u"batch-1"_s;
            info.label = u"list.csv"_s;
            QVERIFY(journal.begin(
                info, QList<vp::PhoneRecord>{attemptFor(u"8001"_s, u"agent0"_s).phone}, {1}));
        }
        const vp::HistoryLocation location = freshDatabase();
        vp::HistoryStore shared;
        QVERIFY(shared.open(location, server().password()));
        int attempts = 0, batches = 0;
        QString error;
        QVERIFY2(local.copyInto(shared, &attempts, &batches, &error), qPrintable(error));
        QCOMPARE(attempts, 3);
        QCOMPARE(batches, 1);
        QVERIFY2(local.copyInto(shared, &attempts, &batches, &error), qPrintable(error));
        QCOMPARE(attempts, 0);
        QCOMPARE(batches, 0);
        QCOMPARE(shared.count({}), 3);
        vp::BatchJournal journal(shared);
        QCOMPARE(journal.plan(u"batch-1"_s).size(), 1);
        // A new local attempt is copied the next time, alone.
        const qint64 id = local.recordStart(attemptFor(u"8009"_s, u"agent9"_s));
        QVERIFY(local.recordFinish(id, vp::Outcome::Added, 200, {}, {}, 2));
        QVERIFY(local.copyInto(shared, &attempts, &batches, &error));
        QCOMPARE(attempts, 1);
        QCOMPARE(shared.count({}), 4);
    }

    void theAuditorReadsButCannotWrite()
    {
        const vp::HistoryLocation location = freshDatabase();
        {
            vp::HistoryStore store;
            QVERIFY(store.open(location, server().password()));
            QVERIFY(store.recordStart(attemptFor(u"8001"_s, u"agent1"_s)) > 0);
        }
        // The guide's grants: SELECT on the history's tables.
        const QString grant =
            server().engine() == DbServer::Engine::MariaDb
                ? u"GRANT SELECT ON %1.* TO 'auditor'@'127.0.0.1'"_s.arg(location.database)
                : u"GRANT CONNECT ON DATABASE %1 TO auditor; GRANT USAGE ON SCHEMA public TO"
                  " auditor; GRANT SELECT ON ALL TABLES IN SCHEMA public TO auditor"_s.arg(
                      location.database);
        superuser(location, grant);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(server().driverName(), u"auditor"_s);
            db.setHostName(server().host());
            db.setPort(server().port());
            db.setDatabaseName(location.database);
            db.setUserName(server().auditorUser());
            db.setPassword(server().auditorPassword());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM attempts"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(!query.exec(u"DELETE FROM attempts"_s));
        }
        QSqlDatabase::removeDatabase(u"auditor"_s);
    }
};

QTEST_GUILESS_MAIN(TestSharedHistory)
#include "TestSharedHistory.moc"
