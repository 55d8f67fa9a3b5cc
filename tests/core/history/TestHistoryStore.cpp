#include "TestHistoryStore.h"

#include <csignal>
#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

using namespace vp;
using namespace testhistory;

namespace {

// Run as a child process: records attempts and dies without closing anything.
int crashWriter(const QString &path)
{
    HistoryStore store;
    if (!store.open(path))
        return 2;
    const qint64 first = store.recordStart(makeAttempt(u"c1"_s, u"c1"_s));
    store.recordStart(makeAttempt(u"c2"_s, u"c2"_s));
    store.recordStart(makeAttempt(u"c3"_s, u"c3"_s));
    store.recordFinish(first, Outcome::Added, 200, QString(), QString(), 10);
    std::raise(SIGKILL);
    return 3;
}

} // namespace

void TestHistoryStore::defaultPathPerProfile()
{
    const QString normal = HistoryStore::defaultPath();
    const QString demo = HistoryStore::defaultPath(u"demo"_s);
    QVERIFY(normal.endsWith("/history.sqlite"_L1));
    QVERIFY(demo.endsWith("/history-demo.sqlite"_L1));
    QCOMPARE(QFileInfo(normal).path(), QFileInfo(demo).path());
}

void TestHistoryStore::newFileIsCurrentSchemaInWalMode()
{
    const QString path = m_dir.filePath(u"sub/dir/new.sqlite"_s);
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    QCOMPARE(rawValue(path, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(rawValue(path, u"SELECT version FROM schema_version"_s).toInt(),
             HistoryStore::currentSchemaVersion());
}

void TestHistoryStore::writeAheadRowIsSendingUntilFinished()
{
    HistoryStore store;
    QVERIFY(store.openInMemory());
    HistoryAttempt attempt = makeAttempt(u"2001"_s, u"login2001"_s, u"10.0.0.9"_s, kT0, u"b"_s);
    attempt.phone.setValue(PhoneField::PhonePass, kPhonePass);
    attempt.phone.setValue(PhoneField::Email, u"a@example.com"_s);
    attempt.phone.setActive(false);
    attempt.redactedRequest = u"function=add_phone&phone_pass=********"_s;
    const qint64 id = store.recordStart(attempt);
    QVERIFY2(id > 0, qPrintable(store.lastError()));

    const HistoryAttempt sending = *store.attempt(id);
    QVERIFY(!sending.finished);
    QVERIFY(!sending.finishedAt.isValid());
    QCOMPARE(sending.startedAt, kT0);
    QCOMPARE(sending.startedAt.timeSpec(), Qt::UTC);
    QCOMPARE(sending.function, u"add_phone"_s);
    QCOMPARE(sending.batchId, u"b"_s);
    QCOMPARE(sending.phone, attempt.phone.withoutSecrets());
    QVERIFY(sending.phonePassSet);
    QVERIFY(!sending.registrationPasswordSet);
    QCOMPARE(sending.redactedRequest, attempt.redactedRequest);
    QCOMPARE(store.count({}), 1);
    HistoryFilter added;
    added.outcomes = {Outcome::Added};
    QCOMPARE(store.count(added), 0);

    QVERIFY(store.recordFinish(id, Outcome::Added, 200, u"Added"_s,
                               u"SUCCESS: add_phone PHONE HAS BEEN ADDED"_s, 321, true));
    const HistoryAttempt done = *store.attempt(id);
    QVERIFY(done.finished);
    QVERIFY(done.finishedAt.isValid());
    QCOMPARE(done.outcome, Outcome::Added);
    QCOMPARE(done.httpStatus, 200);
    QCOMPARE(done.message, u"Added"_s);
    QCOMPARE(done.redactedReply, u"SUCCESS: add_phone PHONE HAS BEEN ADDED"_s);
    QCOMPARE(done.durationMs, qint64(321));
    QVERIFY(done.verify);
    QCOMPARE(store.count(added), 1);
    QVERIFY(!store.attempt(id + 1));
}

void TestHistoryStore::finishingAnUnknownAttemptFails()
{
    HistoryStore store;
    QVERIFY(store.openInMemory());
    QVERIFY(!store.recordFinish(42, Outcome::Added, 200, {}, {}, 1));
    QVERIFY(store.lastError().contains("42"_L1));
    HistoryStore closed;
    QCOMPARE(closed.recordStart(makeAttempt(u"1"_s, u"1"_s)), -1);
    QVERIFY(!closed.lastError().isEmpty());
}

void TestHistoryStore::crashedProcessLeavesRowsThatBecomeInterrupted()
{
    const QString path = m_dir.filePath(u"crash.sqlite"_s);
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {u"--crash-writer"_s, path});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    HistoryStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.count({}), 3);
    QCOMPARE(store.markInterrupted(), 2);
    const QList<HistoryAttempt> rows = store.query({}, 0, 10);
    QCOMPARE(rows.size(), 3);
    for (const HistoryAttempt &row : rows) {
        QVERIFY(row.finished);
        QCOMPARE(row.outcome,
                 row.phone.extension() == "c1"_L1 ? Outcome::Added : Outcome::Interrupted);
    }
    HistoryFilter unknown;
    unknown.onlyUnresolvedUnknown = true;
    QCOMPARE(store.count(unknown), 2);
    QCOMPARE(store.markInterrupted(), 0);
    // The dead session's stale lock is cleaned up.
    QCOMPARE(QDir(path + ".sessions"_L1).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestHistoryStore::rowsOfALiveProcessAreNotMarked()
{
    const QString path = m_dir.filePath(u"live.sqlite"_s);
    HistoryStore sender;
    QVERIFY(sender.open(path));
    const qint64 id = sender.recordStart(makeAttempt(u"7"_s, u"l7"_s));
    QVERIFY(id > 0);
    HistoryStore other;
    QVERIFY(other.open(path));
    QCOMPARE(other.markInterrupted(), 0);
    QCOMPARE(sender.markInterrupted(), 0); // its own row is in flight
    QVERIFY(!other.attempt(id)->finished);
    sender.close();
    QCOMPARE(other.markInterrupted(), 1);
    QCOMPARE(other.attempt(id)->outcome, Outcome::Interrupted);
}

void TestHistoryStore::migratesVersion1File()
{
    const QString path = m_dir.filePath(u"history-v1.sqlite"_s);
    QVERIFY(QFile::copy(QString::fromUtf8(VP_TEST_DATA_DIR "/history/history-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(rawValue(path, u"SELECT version FROM schema_version"_s).toInt(), 1);

    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    QCOMPARE(store.count({}), 5);

    const HistoryAttempt first = *store.attempt(1);
    QCOMPARE(first.startedAt, QDateTime(QDate(2024, 3, 1), QTime(9, 15, 2, 125), Qt::UTC));
    QCOMPARE(first.finishedAt, QDateTime(QDate(2024, 3, 1), QTime(9, 15, 2, 480), Qt::UTC));
    QCOMPARE(first.method, u"POST"_s);
    QCOMPARE(first.function, u"add_phone"_s);
    QCOMPARE(first.batchId, u"batch-2024-03-01"_s);
    QCOMPARE(first.phone.extension(), u"1001"_s);
    QCOMPARE(first.phone.value(PhoneField::PhoneFullName), u"Front Desk"_s);
    QCOMPARE(first.outcome, Outcome::Added);
    QCOMPARE(first.durationMs, qint64(355));
    QVERIFY(first.redactedReply.startsWith("SUCCESS"_L1));
    QCOMPARE(store.attempt(2)->outcome, Outcome::LoginExists);
    QVERIFY(!store.attempt(5)->finished);

    // Keys rebuilt the way PhoneRecord folds case, beyond ASCII.
    QVERIFY(store.wasAdded(kSystem, u"SALES7"_s, u"10.0.0.6"_s));
    QVERIFY(store.loginWasAdded(kSystem, u"ÜNÏCODE7"_s));
    QVERIFY(!store.wasAdded(kSystem, u"1002"_s, u"10.0.0.5"_s));

    // v1's row left "sending" by a crash has no live session.
    QCOMPARE(store.markInterrupted(), 1);
    QCOMPARE(store.attempt(5)->outcome, Outcome::Interrupted);
    // Ids keep counting after the migrated rows.
    QCOMPARE(store.recordStart(makeAttempt(u"1006"_s, u"x"_s)), 6);
    store.close();
    QVERIFY(store.open(path));
    QCOMPARE(store.count({}), 6);
}

// A file written by the version before systems existed (two CLI imports to two
// simulators, then the first list sent to the second one, which the old
// version refused as "already added"): each attempt gets its system from the
// address it recorded, and what was added on one system no longer counts on
// the other.
void TestHistoryStore::migratesVersion2FileToOneSystemPerAttempt()
{
    const QString path = m_dir.filePath(u"history-v2-two-systems.sqlite"_s);
    QVERIFY(QFile::copy(
        QString::fromUtf8(VP_TEST_DATA_DIR "/history/history-v2-two-systems.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(rawValue(path, u"SELECT MAX(version) FROM schema_version"_s).toInt(), 2);

    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    QCOMPARE(store.count({}), 3);
    const VicidialSystem a{u"127.0.0.1:18081/vicidial/non_agent_api.php"_s, {}};
    const VicidialSystem b{u"127.0.0.1:18082/vicidial/non_agent_api.php"_s, {}};
    QCOMPARE(store.attempt(1)->systemKey, a.key);
    QCOMPARE(store.attempt(2)->systemKey, a.key);
    QCOMPARE(store.attempt(3)->systemKey, b.key);

    const QString ip = u"10.10.10.15"_s;
    QVERIFY(store.wasAdded(a, u"8001"_s, ip));
    QVERIFY(!store.wasAdded(b, u"8001"_s, ip));
    QVERIFY(store.wasAdded(b, u"9001"_s, ip));
    QVERIFY(!store.wasAdded(a, u"9001"_s, ip));
    QVERIFY(store.loginWasAdded(a, u"8002"_s));
    QVERIFY(!store.loginWasAdded(b, u"8002"_s));
    QCOMPARE(store.addedExtensionKeys(a).size(), 2);
    QCOMPARE(store.addedExtensionKeys(b).size(), 1);
    HistoryFilter onB;
    onB.systemKey = b.key;
    QCOMPARE(extensions(store.query(onB, 0, 10)), QStringList{u"9001"_s});

    // New attempts get the system of their own address.
    HistoryAttempt next = makeAttempt(u"8001"_s, u"8001"_s, u"10.10.10.15"_s);
    next.serverUrl = u"http://127.0.0.1:18082/vicidial/non_agent_api.php"_s;
    next.systemName = u"Staging"_s;
    const qint64 id = add(store, next);
    QCOMPARE(store.attempt(id)->systemKey, b.key);
    QCOMPARE(store.attempt(id)->systemName, u"Staging"_s);
    QVERIFY(store.wasAdded(b, u"8001"_s, ip));
}

void TestHistoryStore::refusesANewerSchema()
{
    const QString path = m_dir.filePath(u"future.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE schema_version (version INTEGER)"_s));
        QVERIFY(query.exec(u"INSERT INTO schema_version VALUES (99)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    HistoryStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY(error.contains("newer"_L1));
    QVERIFY(!store.isOpen());
}

void TestHistoryStore::secretsNeverReachTheFiles()
{
    const QString path = m_dir.filePath(u"secret.sqlite"_s);
    {
        HistoryStore store;
        QVERIFY(store.open(path));
        for (int i = 0; i < 50; ++i) {
            HistoryAttempt attempt = makeAttempt(QString::number(i), QString::number(i));
            attempt.phone.setValue(PhoneField::PhonePass, kPhonePass);
            attempt.phone.setValue(PhoneField::RegistrationPassword, kRegistrationPass);
            // A caller that forgot to redact must not leak either.
            attempt.redactedRequest = "phone_pass="_L1 + kPhonePass;
            const qint64 id = store.recordStart(attempt);
            QVERIFY(id > 0);
            QVERIFY(store.recordFinish(id, Outcome::Added, 200, "echo "_L1 + kRegistrationPass,
                                       "SUCCESS ... |"_L1 + kPhonePass, 5));
        }
        QVERIFY(QFileInfo::exists(path + "-wal"_L1));
        assertNoSecrets(path);
        assertNoSecrets(path + "-wal"_L1);
        const HistoryAttempt back = *store.attempt(1);
        QVERIFY(back.phonePassSet && back.registrationPasswordSet);
        QVERIFY(back.phone.value(PhoneField::PhonePass).isEmpty());
        QVERIFY(back.redactedRequest.contains("********"_L1));
    }
    assertNoSecrets(path);
}

// The service's group commit: a reply's result and the next request's
// write-ahead row share one transaction. Another process (here: store) sees
// neither before commitGroup() returns true, and both after it, so "durable
// before the request leaves" means "committed", not "written".
void TestHistoryStore::groupIsSeenByOthersOnlyAfterCommit()
{
    const QString path = m_dir.filePath(u"group.sqlite"_s);
    HistoryStore writer;
    QVERIFY(writer.open(path));
    HistoryStore reader;
    QVERIFY(reader.open(path));
    const qint64 before = add(writer, makeAttempt(u"7000"_s, u"g0"_s), std::nullopt);
    QVERIFY(before > 0);

    QVERIFY(writer.commitGroup()); // nothing open: nothing to do
    QVERIFY(writer.beginGroup());
    QVERIFY(writer.inGroup());
    QVERIFY(!writer.beginGroup()); // no nesting
    QVERIFY(writer.recordFinish(before, Outcome::Added, 200, u"done"_s, {}, 5));
    const qint64 next = writer.recordStart(makeAttempt(u"7001"_s, u"g1"_s));
    QVERIFY(next > before);
    QCOMPARE(reader.count({}), 1);
    QVERIFY(!reader.attempt(before)->finished);
    QVERIFY(!reader.attempt(next));

    QVERIFY(writer.commitGroup());
    QVERIFY(!writer.inGroup());
    QCOMPARE(reader.count({}), 2);
    QVERIFY(reader.attempt(before)->finished);
    QCOMPARE(reader.attempt(before)->outcome, Outcome::Added);
    QVERIFY(!reader.attempt(next)->finished); // the write-ahead row, "sending"
    // Outside a group each write commits on its own again.
    QVERIFY(writer.recordFinish(next, Outcome::Added, 200, {}, {}, 5));
    QVERIFY(reader.attempt(next)->finished);
}

void TestHistoryStore::twoStoresShareOneFile()
{
    const QString path = m_dir.filePath(u"shared.sqlite"_s);
    HistoryStore main;
    QVERIFY(main.open(path));
    constexpr int perWriter = 300;
    int workerWritten = 0;
    QThread *worker = QThread::create([&] {
        HistoryStore other;
        if (!other.open(path))
            return;
        for (int i = 0; i < perWriter; ++i) {
            const qint64 id = other.recordStart(makeAttempt("w"_L1 + QString::number(i), u"w"_s));
            if (id > 0 && other.recordFinish(id, Outcome::Added, 200, {}, {}, 1))
                ++workerWritten;
        }
    });
    worker->start();
    int mainWritten = 0;
    for (int i = 0; i < perWriter; ++i) {
        const qint64 id = main.recordStart(makeAttempt("m"_L1 + QString::number(i), u"m"_s));
        if (id > 0 && main.recordFinish(id, Outcome::Added, 200, {}, {}, 1))
            ++mainWritten;
    }
    QVERIFY(worker->wait(60000));
    delete worker;
    QCOMPARE(mainWritten, perWriter);
    QCOMPARE(workerWritten, perWriter);
    QCOMPARE(main.count({}), 2 * perWriter);
}

void TestHistoryStore::readOnlyFileRefusesToRecord()
{
    const QString path = m_dir.filePath(u"readonly.sqlite"_s);
    {
        HistoryStore store;
        QVERIFY(store.open(path));
        add(store, makeAttempt(u"1"_s, u"1"_s));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    bool immutable = false;
    auto restore = qScopeGuard([&] {
        if (immutable)
            QProcess::execute(u"chattr"_s, {u"-i"_s, path});
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    });
    if (QFile(path).open(QIODevice::ReadWrite)) {
        // root ignores permissions: make the file immutable instead.
        immutable = QProcess::execute(u"chattr"_s, {u"+i"_s, path}) == 0;
        if (!immutable)
            QSKIP("This user can write read-only files and chattr is not available");
    }
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.count({}), 1); // still readable
    QCOMPARE(store.recordStart(makeAttempt(u"2"_s, u"2"_s)), -1);
    QVERIFY(store.lastError().contains(path));
    QVERIFY(store.lastError().contains("readonly"_L1));
    store.close();
}

QVariant TestHistoryStore::rawValue(const QString &path, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return result;
}

void TestHistoryStore::assertNoSecrets(const QString &path)
{
    const QByteArray bytes = fileBytes(path);
    QVERIFY2(!bytes.isEmpty() || path.endsWith("-wal"_L1), qPrintable(path));
    for (const QString &secret : {kPhonePass, kRegistrationPass}) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(path));
        QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        QVERIFY2(!bytes.contains(utf16), qPrintable(path));
    }
}

// Like QTEST_GUILESS_MAIN, plus the child-process mode of the crash test.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--crash-writer") == 0)
        return crashWriter(QString::fromLocal8Bit(argv[2]));
    TestHistoryStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
