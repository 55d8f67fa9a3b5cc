#include "TestHistoryStore.h"

#include <csignal>
#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

using namespace vp;
using namespace testhistory;

namespace {

// Run as a child process: records attempts and dies without closing anything.
int crashWriter(const QString &path)
{
    HistoryStore store;
    if (!store.open(path))
        return 2;
    const qint64 first = store.recordStart(makeAttempt(QStringLiteral("c1"), QStringLiteral("c1")));
    store.recordStart(makeAttempt(QStringLiteral("c2"), QStringLiteral("c2")));
    store.recordStart(makeAttempt(QStringLiteral("c3"), QStringLiteral("c3")));
    store.recordFinish(first, Outcome::Added, 200, QString(), QString(), 10);
    std::raise(SIGKILL);
    return 3;
}

} // namespace

void TestHistoryStore::defaultPathPerProfile()
{
    const QString normal = HistoryStore::defaultPath();
    const QString demo = HistoryStore::defaultPath(QStringLiteral("demo"));
    QVERIFY(normal.endsWith(QLatin1String("/history.sqlite")));
    QVERIFY(demo.endsWith(QLatin1String("/history-demo.sqlite")));
    QCOMPARE(QFileInfo(normal).path(), QFileInfo(demo).path());
}

void TestHistoryStore::newFileIsCurrentSchemaInWalMode()
{
    const QString path = m_dir.filePath(QStringLiteral("sub/dir/new.sqlite"));
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(rawValue(path, QStringLiteral("SELECT version FROM schema_version")).toInt(),
             HistoryStore::currentSchemaVersion());
}

void TestHistoryStore::writeAheadRowIsSendingUntilFinished()
{
    HistoryStore store;
    QVERIFY(store.openInMemory());
    HistoryAttempt attempt = makeAttempt(QStringLiteral("2001"), QStringLiteral("login2001"),
                                         QStringLiteral("10.0.0.9"), kT0, QStringLiteral("b"));
    attempt.phone.setValue(PhoneField::PhonePass, kPhonePass);
    attempt.phone.setValue(PhoneField::Email, QStringLiteral("a@example.com"));
    attempt.phone.setActive(false);
    attempt.redactedRequest = QStringLiteral("function=add_phone&phone_pass=********");
    const qint64 id = store.recordStart(attempt);
    QVERIFY2(id > 0, qPrintable(store.lastError()));

    const HistoryAttempt sending = *store.attempt(id);
    QVERIFY(!sending.finished);
    QVERIFY(!sending.finishedAt.isValid());
    QCOMPARE(sending.startedAt, kT0);
    QCOMPARE(sending.startedAt.timeSpec(), Qt::UTC);
    QCOMPARE(sending.function, QStringLiteral("add_phone"));
    QCOMPARE(sending.batchId, QStringLiteral("b"));
    QCOMPARE(sending.phone, attempt.phone.withoutSecrets());
    QVERIFY(sending.phonePassSet);
    QVERIFY(!sending.registrationPasswordSet);
    QCOMPARE(sending.redactedRequest, attempt.redactedRequest);
    QCOMPARE(store.count({}), 1);
    HistoryFilter added;
    added.outcomes = {Outcome::Added};
    QCOMPARE(store.count(added), 0);

    QVERIFY(store.recordFinish(id, Outcome::Added, 200, QStringLiteral("Added"),
                               QStringLiteral("SUCCESS: add_phone PHONE HAS BEEN ADDED"), 321,
                               true));
    const HistoryAttempt done = *store.attempt(id);
    QVERIFY(done.finished);
    QVERIFY(done.finishedAt.isValid());
    QCOMPARE(done.outcome, Outcome::Added);
    QCOMPARE(done.httpStatus, 200);
    QCOMPARE(done.message, QStringLiteral("Added"));
    QCOMPARE(done.redactedReply, QStringLiteral("SUCCESS: add_phone PHONE HAS BEEN ADDED"));
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
    QVERIFY(store.lastError().contains(QLatin1String("42")));
    HistoryStore closed;
    QCOMPARE(closed.recordStart(makeAttempt(QStringLiteral("1"), QStringLiteral("1"))), -1);
    QVERIFY(!closed.lastError().isEmpty());
}

void TestHistoryStore::crashedProcessLeavesRowsThatBecomeInterrupted()
{
    const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-writer"), path});
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
        QCOMPARE(row.outcome, row.phone.extension() == QLatin1String("c1") ? Outcome::Added
                                                                           : Outcome::Interrupted);
    }
    HistoryFilter unknown;
    unknown.onlyUnresolvedUnknown = true;
    QCOMPARE(store.count(unknown), 2);
    QCOMPARE(store.markInterrupted(), 0);
    // The dead session's stale lock is cleaned up.
    QCOMPARE(QDir(path + QLatin1String(".sessions")).entryList(QDir::Files | QDir::Hidden).size(),
             1);
}

void TestHistoryStore::rowsOfALiveProcessAreNotMarked()
{
    const QString path = m_dir.filePath(QStringLiteral("live.sqlite"));
    HistoryStore sender;
    QVERIFY(sender.open(path));
    const qint64 id = sender.recordStart(makeAttempt(QStringLiteral("7"), QStringLiteral("l7")));
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
    const QString path = m_dir.filePath(QStringLiteral("history-v1.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(VP_TEST_DATA_DIR "/history/history-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(rawValue(path, QStringLiteral("SELECT version FROM schema_version")).toInt(), 1);

    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    QCOMPARE(store.count({}), 5);

    const HistoryAttempt first = *store.attempt(1);
    QCOMPARE(first.startedAt, QDateTime(QDate(2024, 3, 1), QTime(9, 15, 2, 125), Qt::UTC));
    QCOMPARE(first.finishedAt, QDateTime(QDate(2024, 3, 1), QTime(9, 15, 2, 480), Qt::UTC));
    QCOMPARE(first.method, QStringLiteral("POST"));
    QCOMPARE(first.function, QStringLiteral("add_phone"));
    QCOMPARE(first.batchId, QStringLiteral("batch-2024-03-01"));
    QCOMPARE(first.phone.extension(), QStringLiteral("1001"));
    QCOMPARE(first.phone.value(PhoneField::PhoneFullName), QStringLiteral("Front Desk"));
    QCOMPARE(first.outcome, Outcome::Added);
    QCOMPARE(first.durationMs, qint64(355));
    QVERIFY(first.redactedReply.startsWith(QLatin1String("SUCCESS")));
    QCOMPARE(store.attempt(2)->outcome, Outcome::LoginExists);
    QVERIFY(!store.attempt(5)->finished);

    // Keys rebuilt the way PhoneRecord folds case, beyond ASCII.
    QVERIFY(store.wasAdded(kSystem, QStringLiteral("SALES7"), QStringLiteral("10.0.0.6")));
    QVERIFY(store.loginWasAdded(kSystem, QStringLiteral("ÜNÏCODE7")));
    QVERIFY(!store.wasAdded(kSystem, QStringLiteral("1002"), QStringLiteral("10.0.0.5")));

    // v1's row left "sending" by a crash has no live session.
    QCOMPARE(store.markInterrupted(), 1);
    QCOMPARE(store.attempt(5)->outcome, Outcome::Interrupted);
    // Ids keep counting after the migrated rows.
    QCOMPARE(store.recordStart(makeAttempt(QStringLiteral("1006"), QStringLiteral("x"))), 6);
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
    const QString path = m_dir.filePath(QStringLiteral("history-v2-two-systems.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(VP_TEST_DATA_DIR "/history/history-v2-two-systems.sqlite"),
                        path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(rawValue(path, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), 2);

    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    QCOMPARE(store.count({}), 3);
    const VicidialSystem a{QStringLiteral("127.0.0.1:18081/vicidial/non_agent_api.php"), {}};
    const VicidialSystem b{QStringLiteral("127.0.0.1:18082/vicidial/non_agent_api.php"), {}};
    QCOMPARE(store.attempt(1)->systemKey, a.key);
    QCOMPARE(store.attempt(2)->systemKey, a.key);
    QCOMPARE(store.attempt(3)->systemKey, b.key);

    const QString ip = QStringLiteral("10.10.10.15");
    QVERIFY(store.wasAdded(a, QStringLiteral("8001"), ip));
    QVERIFY(!store.wasAdded(b, QStringLiteral("8001"), ip));
    QVERIFY(store.wasAdded(b, QStringLiteral("9001"), ip));
    QVERIFY(!store.wasAdded(a, QStringLiteral("9001"), ip));
    QVERIFY(store.loginWasAdded(a, QStringLiteral("8002")));
    QVERIFY(!store.loginWasAdded(b, QStringLiteral("8002")));
    QCOMPARE(store.addedExtensionKeys(a).size(), 2);
    QCOMPARE(store.addedExtensionKeys(b).size(), 1);
    HistoryFilter onB;
    onB.systemKey = b.key;
    QCOMPARE(extensions(store.query(onB, 0, 10)), QStringList{QStringLiteral("9001")});

    // New attempts get the system of their own address.
    HistoryAttempt next =
        makeAttempt(QStringLiteral("8001"), QStringLiteral("8001"), QStringLiteral("10.10.10.15"));
    next.serverUrl = QStringLiteral("http://127.0.0.1:18082/vicidial/non_agent_api.php");
    next.systemName = QStringLiteral("Staging");
    const qint64 id = add(store, next);
    QCOMPARE(store.attempt(id)->systemKey, b.key);
    QCOMPARE(store.attempt(id)->systemName, QStringLiteral("Staging"));
    QVERIFY(store.wasAdded(b, QStringLiteral("8001"), ip));
}

void TestHistoryStore::refusesANewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (99)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    HistoryStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY(error.contains(QLatin1String("newer")));
    QVERIFY(!store.isOpen());
}

void TestHistoryStore::secretsNeverReachTheFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("secret.sqlite"));
    {
        HistoryStore store;
        QVERIFY(store.open(path));
        for (int i = 0; i < 50; ++i) {
            HistoryAttempt attempt = makeAttempt(QString::number(i), QString::number(i));
            attempt.phone.setValue(PhoneField::PhonePass, kPhonePass);
            attempt.phone.setValue(PhoneField::RegistrationPassword, kRegistrationPass);
            // A caller that forgot to redact must not leak either.
            attempt.redactedRequest = QLatin1String("phone_pass=") + kPhonePass;
            const qint64 id = store.recordStart(attempt);
            QVERIFY(id > 0);
            QVERIFY(store.recordFinish(id, Outcome::Added, 200,
                                       QLatin1String("echo ") + kRegistrationPass,
                                       QLatin1String("SUCCESS ... |") + kPhonePass, 5));
        }
        QVERIFY(QFileInfo::exists(path + QLatin1String("-wal")));
        assertNoSecrets(path);
        assertNoSecrets(path + QLatin1String("-wal"));
        const HistoryAttempt back = *store.attempt(1);
        QVERIFY(back.phonePassSet && back.registrationPasswordSet);
        QVERIFY(back.phone.value(PhoneField::PhonePass).isEmpty());
        QVERIFY(back.redactedRequest.contains(QLatin1String("********")));
    }
    assertNoSecrets(path);
}

// The service's group commit: a reply's result and the next request's
// write-ahead row share one transaction. Another process (here: store) sees
// neither before commitGroup() returns true, and both after it, so "durable
// before the request leaves" means "committed", not "written".
void TestHistoryStore::groupIsSeenByOthersOnlyAfterCommit()
{
    const QString path = m_dir.filePath(QStringLiteral("group.sqlite"));
    HistoryStore writer;
    QVERIFY(writer.open(path));
    HistoryStore reader;
    QVERIFY(reader.open(path));
    const qint64 before =
        add(writer, makeAttempt(QStringLiteral("7000"), QStringLiteral("g0")), std::nullopt);
    QVERIFY(before > 0);

    QVERIFY(writer.commitGroup()); // nothing open: nothing to do
    QVERIFY(writer.beginGroup());
    QVERIFY(writer.inGroup());
    QVERIFY(!writer.beginGroup()); // no nesting
    QVERIFY(writer.recordFinish(before, Outcome::Added, 200, QStringLiteral("done"), {}, 5));
    const qint64 next =
        writer.recordStart(makeAttempt(QStringLiteral("7001"), QStringLiteral("g1")));
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
    const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
    HistoryStore main;
    QVERIFY(main.open(path));
    constexpr int perWriter = 300;
    int workerWritten = 0;
    QThread *worker = QThread::create([&] {
        HistoryStore other;
        if (!other.open(path))
            return;
        for (int i = 0; i < perWriter; ++i) {
            const qint64 id = other.recordStart(
                makeAttempt(QLatin1String("w") + QString::number(i), QStringLiteral("w")));
            if (id > 0 && other.recordFinish(id, Outcome::Added, 200, {}, {}, 1))
                ++workerWritten;
        }
    });
    worker->start();
    int mainWritten = 0;
    for (int i = 0; i < perWriter; ++i) {
        const qint64 id = main.recordStart(
            makeAttempt(QLatin1String("m") + QString::number(i), QStringLiteral("m")));
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
    const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
    {
        HistoryStore store;
        QVERIFY(store.open(path));
        add(store, makeAttempt(QStringLiteral("1"), QStringLiteral("1")));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    bool immutable = false;
    auto restore = qScopeGuard([&] {
        if (immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    });
    if (QFile(path).open(QIODevice::ReadWrite)) {
        // root ignores permissions: make the file immutable instead.
        immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        if (!immutable)
            QSKIP("This user can write read-only files and chattr is not available");
    }
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.count({}), 1); // still readable
    QCOMPARE(store.recordStart(makeAttempt(QStringLiteral("2"), QStringLiteral("2"))), -1);
    QVERIFY(store.lastError().contains(path));
    QVERIFY(store.lastError().contains(QLatin1String("readonly")));
    store.close();
}

QVariant TestHistoryStore::rawValue(const QString &path, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}

void TestHistoryStore::assertNoSecrets(const QString &path)
{
    const QByteArray bytes = fileBytes(path);
    QVERIFY2(!bytes.isEmpty() || path.endsWith(QLatin1String("-wal")), qPrintable(path));
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
