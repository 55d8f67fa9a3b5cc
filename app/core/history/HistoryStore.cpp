#include "history/HistoryStore.h"
#include "history/HistoryStorePrivate.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
#endif

namespace vp {

namespace {

// True when no live process holds the session's lock. QLockFile keeps a
// flock() on its file while its owner lives and the kernel drops it when the
// owner dies, however it dies. Probing that lock, rather than taking it with
// QLockFile (which writes a new lock file in its place), leaves no window: a
// process killed while taking a dead session's lock used to leave an empty
// lock file that made the dead session look alive forever (found by
// TestCrashSoak).
bool sessionIsGone(const QString &lockPath)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT;
    const bool unlocked = ::flock(fd, LOCK_SH | LOCK_NB) == 0;
    ::close(fd);
    return unlocked;
#else
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    lock.unlock();
    return true;
#endif
}

// A shared database's session lives while it beats (last_seen on the
// database's clock within the timeout) and has not ended.
bool sharedSessionAlive(const QSqlDatabase &db, const QString &sessionId)
{
    QSqlQuery query(db);
    if (!query.prepare("SELECT 1 FROM sessions WHERE session_id = ? AND ended = 0"
                       " AND last_seen >= "_L1 +
                       historydb::nowMs(historydb::dialectOf(db)) + " - "_L1 +
                       QString::number(historydb::kSessionTimeoutMs)))
        return true; // in doubt, alive: nothing of it is taken over
    query.bindValue(0, sessionId);
    if (!query.exec())
        return true;
    return query.next();
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"vp-history-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString sessionLockPath(const QString &databasePath, const QString &sessionId)
{
    return databasePath + ".sessions/"_L1 + sessionId + ".lock"_L1;
}

} // namespace

QString HistoryStore::Private::location() const
{
    if (place.isShared())
        return place.displayName();
    return path.isEmpty() ? tr("(in memory)") : path;
}

bool HistoryStore::Private::fail(const QString &what, const QSqlQuery &query) const
{
    return fail(what, query.lastError().text());
}

bool HistoryStore::Private::fail(const QString &what, const QString &detail) const
{
    lastError = detail.isEmpty() ? what : what + ": "_L1 + detail;
    return false;
}

HistoryStore::HistoryStore() : m_d(std::make_unique<Private>()) {}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath(const QString &profile)
{
    const QString name =
        profile.isEmpty() ? u"history.sqlite"_s : "history-"_L1 + profile + ".sqlite"_L1;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') +
           name;
}

int HistoryStore::currentSchemaVersion()
{
    return historydb::kCurrentSchemaVersion;
}

int HistoryStore::schemaVersion() const
{
    return m_d->schemaVersion;
}

bool HistoryStore::isOpen() const
{
    return m_d->db.isOpen();
}

QString HistoryStore::path() const
{
    return m_d->path;
}

QString HistoryStore::lastError() const
{
    return m_d->lastError;
}

bool HistoryStore::open(const QString &path, QString *error)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_d->fail(tr("Could not create the folder %1").arg(info.absolutePath()), QString());
        if (error)
            *error = m_d->lastError;
        return false;
    }
    m_d->path = info.absoluteFilePath();
    return openConnection(m_d->path, false, error);
}

bool HistoryStore::openInMemory(QString *error)
{
    close();
    return openConnection(u":memory:"_s, true, error);
}

bool HistoryStore::openConnection(const QString &databaseName, bool inMemory, QString *error)
{
    auto failOpen = [&](const QString &message) {
        m_d->fail(tr("Could not open the history %1").arg(inMemory ? QString() : databaseName),
                  message);
        if (error)
            *error = m_d->lastError;
        close();
        return false;
    };

    m_d->connectionName = nextConnectionName();
    m_d->db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_d->connectionName);
    if (!m_d->db.isValid())
        return failOpen(tr("the SQLite driver of Qt (libqt6sql6-sqlite) is missing"));
    m_d->db.setDatabaseName(databaseName);
    // Another process (the command-line tool next to the desktop app) may hold
    // the write lock for a moment: wait for it rather than fail.
    m_d->db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_d->db.open())
        return failOpen(m_d->db.lastError().text());

    QString message;
    if (!inMemory) {
        // WAL lets readers and one writer work at once; NORMAL loses at most
        // the last commits on power loss, never on a crash of the program.
        // A read-only file cannot switch modes: it is still readable.
        historydb::exec(m_d->db, u"PRAGMA journal_mode = WAL"_s, nullptr);
        historydb::exec(m_d->db, u"PRAGMA synchronous = NORMAL"_s, nullptr);
        // Each attempt writes two small transactions (about a dozen WAL frames).
        // With SQLite's default of a checkpoint every 1000 frames, a batch ran
        // one (two fsyncs, stalling the sending thread) every ~80 phones; every
        // 10000 frames keeps that to a few per thousand phones, and the size
        // limit truncates the 40 MB log again after each checkpoint.
        historydb::exec(m_d->db, u"PRAGMA wal_autocheckpoint = 10000"_s, nullptr);
        historydb::exec(m_d->db, u"PRAGMA journal_size_limit = 4194304"_s, nullptr);
    }
    if (!historydb::migrate(m_d->db, &m_d->schemaVersion, &message))
        return failOpen(message);

    m_d->sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!inMemory) {
        const QString lockPath = sessionLockPath(m_d->path, m_d->sessionId);
        QDir().mkpath(QFileInfo(lockPath).absolutePath());
        m_d->sessionLock = std::make_unique<QLockFile>(lockPath);
        m_d->sessionLock->setStaleLockTime(0);
        // Without the lock (read-only folder) our rows merely look orphaned to
        // other processes; the history itself still works.
        if (!m_d->sessionLock->tryLock(0))
            m_d->sessionLock.reset();
        m_d->place.path = m_d->path;
    }
    // Says who uses the file (the history window's "who" filters); a file
    // this process may only read still opens.
    m_d->registerSession();
    m_d->lastError.clear();
    return true;
}

void HistoryStore::close()
{
    if (m_d->inGroup)
        commitGroup();
    m_d->heartbeat.reset();
    if (m_d->db.isOpen() && !m_d->sessionId.isEmpty()) {
        // A clean end: other programs need not wait for the lease.
        QSqlQuery end(m_d->db);
        if (end.prepare(u"UPDATE sessions SET ended = 1 WHERE session_id = ?"_s)) {
            end.bindValue(0, m_d->sessionId);
            end.exec();
        }
        if (m_d->usesClaims() && end.prepare(u"DELETE FROM claims WHERE session = ?"_s)) {
            end.bindValue(0, m_d->sessionId);
            end.exec();
        }
    }
    m_d->pendingClaims.clear();
    m_d->unsavedFinishes.clear();
    m_d->groupFinishes.clear();
    m_d->place = HistoryLocation();
    m_d->password.clear();
    m_d->insertQuery.reset();
    m_d->finishQuery.reset();
    m_d->wasAddedQuery.reset();
    m_d->loginWasAddedQuery.reset();
    m_d->pendingSecrets.clear();
    if (m_d->db.isValid()) {
        m_d->db.close();
        m_d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_d->connectionName);
    }
    if (m_d->sessionLock) {
        m_d->sessionLock->unlock();
        m_d->sessionLock.reset();
        QDir().rmdir(QFileInfo(sessionLockPath(m_d->path, m_d->sessionId)).absolutePath());
    }
    m_d->schemaVersion = 0;
    m_d->path.clear();
    m_d->sessionId.clear();
}

QString HistoryStore::sessionId() const
{
    return m_d->sessionId;
}

bool HistoryStore::isSessionAlive(const QString &sessionId) const
{
    if (sessionId.isEmpty() || !isOpen())
        return false;
    if (sessionId == m_d->sessionId)
        return true;
    if (m_d->isShared())
        return sharedSessionAlive(m_d->db, sessionId);
    if (m_d->path.isEmpty())
        return false; // an in-memory history has no other sessions
    const QString lockPath = sessionLockPath(m_d->path, sessionId);
    return QFileInfo::exists(lockPath) && !sessionIsGone(lockPath);
}

int HistoryStore::markInterrupted()
{
    if (!isOpen()) {
        m_d->fail(tr("The history is not open"), QString());
        return -1;
    }
    QSqlQuery sessions(m_d->db);
    sessions.setForwardOnly(true);
    if (!sessions.prepare(
            u"SELECT DISTINCT session FROM attempts WHERE outcome IS NULL AND session <> ?"_s)) {
        m_d->fail(tr("Could not read the history"), sessions);
        return -1;
    }
    sessions.bindValue(0, m_d->sessionId);
    if (!sessions.exec()) {
        m_d->fail(tr("Could not read the history"), sessions);
        return -1;
    }
    QStringList orphaned;
    while (sessions.next()) {
        const QString session = sessions.value(0).toString();
        if (m_d->isShared()) {
            if (session.isEmpty() || !sharedSessionAlive(m_d->db, session))
                orphaned.append(session);
            continue;
        }
        if (session.isEmpty() || m_d->path.isEmpty()) {
            orphaned.append(session);
            continue;
        }
        // A session whose lock nobody holds is gone: its process died.
        const QString lockPath = sessionLockPath(m_d->path, session);
        if (!QFileInfo::exists(lockPath)) {
            orphaned.append(session);
            continue;
        }
        if (sessionIsGone(lockPath)) {
            orphaned.append(session);
            QFile::remove(lockPath);
        }
    }
    sessions.finish();
    if (orphaned.isEmpty())
        return 0;

    QSqlQuery update(m_d->db);
    if (!update.prepare(
            u"UPDATE attempts SET finished = 1, finished_at = ?, outcome = ?, message = ?"
            " WHERE outcome IS NULL AND session = ?"_s)) {
        m_d->fail(tr("Could not write to the history"), update);
        return -1;
    }
    if (!m_d->db.transaction()) {
        m_d->fail(tr("Could not write to the history"), m_d->db.lastError().text());
        return -1;
    }
    int marked = 0;
    const qint64 now = historydb::toMs(QDateTime::currentDateTimeUtc());
    for (const QString &session : std::as_const(orphaned)) {
        update.bindValue(0, now);
        update.bindValue(1, outcomeKey(Outcome::Interrupted));
        update.bindValue(2, outcomeExplanation(Outcome::Interrupted));
        update.bindValue(3, session);
        if (!update.exec()) {
            m_d->fail(tr("Could not write to the history %1").arg(m_d->location()), update);
            update.finish();
            m_d->db.rollback();
            return -1;
        }
        marked += update.numRowsAffected();
    }
    update.finish();
    if (!m_d->db.commit()) {
        m_d->fail(tr("Could not write to the history %1").arg(m_d->location()),
                  m_d->db.lastError().text());
        m_d->db.rollback();
        return -1;
    }
    return marked;
}

QList<HistoryAttempt> HistoryStore::query(const HistoryFilter &filter, int offset, int limit) const
{
    QList<HistoryAttempt> result;
    if (!isOpen())
        return result;
    const historydb::Where where = historydb::buildWhere(filter, historydb::dialectOf(m_d->db));
    QSqlQuery query(m_d->db);
    query.setForwardOnly(true);
    if (!query.prepare("SELECT "_L1 + historydb::attemptColumns() + " FROM attempts a"_L1 +
                       where.sql + " ORDER BY a.started_at DESC, a.id DESC LIMIT ? OFFSET ?"_L1)) {
        m_d->fail(tr("Could not read the history"), query);
        return result;
    }
    historydb::bindAll(query, where.values);
    query.bindValue(int(where.values.size()),
                    limit < 0 ? historydb::noLimit(historydb::dialectOf(m_d->db)) : qint64(limit));
    query.bindValue(int(where.values.size()) + 1, qMax(0, offset));
    if (!query.exec()) {
        m_d->fail(tr("Could not read the history"), query);
        return result;
    }
    while (query.next())
        result.append(historydb::attemptFromRow(query));
    return result;
}

int HistoryStore::count(const HistoryFilter &filter) const
{
    if (!isOpen())
        return 0;
    const historydb::Where where = historydb::buildWhere(filter, historydb::dialectOf(m_d->db));
    QSqlQuery query(m_d->db);
    if (!query.prepare("SELECT COUNT(*) FROM attempts a"_L1 + where.sql)) {
        m_d->fail(tr("Could not read the history"), query);
        return 0;
    }
    historydb::bindAll(query, where.values);
    if (!query.exec() || !query.next()) {
        m_d->fail(tr("Could not read the history"), query);
        return 0;
    }
    return query.value(0).toInt();
}

std::optional<HistoryAttempt> HistoryStore::attempt(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(m_d->db);
    if (!query.prepare("SELECT "_L1 + historydb::attemptColumns() +
                       " FROM attempts a WHERE a.id = ?"_L1)) {
        m_d->fail(tr("Could not read the history"), query);
        return std::nullopt;
    }
    query.bindValue(0, id);
    if (!query.exec()) {
        m_d->fail(tr("Could not read the history"), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return historydb::attemptFromRow(query);
}

namespace {
// The statement is prepared on first use and kept: preparing it anew cost
// more than running it. finish() ends the read at once, so a kept statement
// never holds a WAL snapshot open.
bool exists(std::unique_ptr<QSqlQuery> &cached, const QSqlDatabase &db, const QString &sql,
            const QString &systemKey, const QString &value)
{
    if (!cached) {
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return false;
        cached = std::move(query);
    }
    QSqlQuery &query = *cached;
    query.bindValue(0, systemKey);
    query.bindValue(1, value);
    query.bindValue(2, outcomeKey(Outcome::Added));
    const bool found = query.exec() && query.next();
    query.finish();
    return found;
}

QSet<QString> keys(const QSqlDatabase &db, const QString &sql, const QString &systemKey)
{
    QSet<QString> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return result;
    query.bindValue(0, systemKey);
    query.bindValue(1, outcomeKey(Outcome::Added));
    if (!query.exec())
        return result;
    while (query.next())
        result.insert(query.value(0).toString());
    return result;
}
} // namespace

bool HistoryStore::wasAdded(const VicidialSystem &system, const QString &extension,
                            const QString &serverIp) const
{
    if (!isOpen() || !system.isValid())
        return false;
    PhoneRecord phone;
    phone.setValue(PhoneField::Extension, extension);
    phone.setValue(PhoneField::ServerIp, serverIp);
    return exists(m_d->wasAddedQuery, m_d->db,
                  u"SELECT 1 FROM attempts WHERE system_key = ? AND extension_key = ?"
                  " AND outcome = ? LIMIT 1"_s,
                  system.key, phone.extensionKey());
}

bool HistoryStore::loginWasAdded(const VicidialSystem &system, const QString &login) const
{
    if (!isOpen() || !system.isValid())
        return false;
    PhoneRecord phone;
    phone.setValue(PhoneField::PhoneLogin, login);
    return exists(m_d->loginWasAddedQuery, m_d->db,
                  u"SELECT 1 FROM attempts WHERE system_key = ? AND login_key = ?"
                  " AND outcome = ? LIMIT 1"_s,
                  system.key, phone.loginKey());
}

QSet<QString> HistoryStore::addedExtensionKeys(const VicidialSystem &system) const
{
    if (!isOpen() || !system.isValid())
        return {};
    return keys(m_d->db,
                u"SELECT DISTINCT extension_key FROM attempts"
                " WHERE system_key = ? AND outcome = ?"_s,
                system.key);
}

QSet<QString> HistoryStore::addedLoginKeys(const VicidialSystem &system) const
{
    if (!isOpen() || !system.isValid())
        return {};
    return keys(m_d->db,
                u"SELECT DISTINCT login_key FROM attempts"
                " WHERE system_key = ? AND outcome = ?"_s,
                system.key);
}

QList<VicidialSystem> HistoryStore::systems() const
{
    QList<VicidialSystem> result;
    if (!isOpen())
        return result;
    QSqlQuery query(m_d->db);
    query.setForwardOnly(true);
    // The name of each system's newest attempt.
    if (!query.exec(u"SELECT a.system_key, a.system_name FROM attempts a"
                    " JOIN (SELECT system_key, MAX(id) AS latest FROM attempts"
                    " WHERE system_key <> '' GROUP BY system_key) s ON a.id = s.latest"
                    " ORDER BY a.system_key"_s)) {
        m_d->fail(tr("Could not read the history"), query);
        return result;
    }
    while (query.next())
        result.append(VicidialSystem{query.value(0).toString(), query.value(1).toString()});
    return result;
}

QList<HistoryAttempt> HistoryStore::batchAttempts(const QString &batchId) const
{
    QList<HistoryAttempt> result;
    if (!isOpen() || batchId.isEmpty())
        return result;
    QSqlQuery query(m_d->db);
    query.setForwardOnly(true);
    if (!query.prepare("SELECT "_L1 + historydb::attemptColumns() +
                       " FROM attempts a JOIN (SELECT MAX(id) AS latest,"
                       " MIN(id) AS first FROM attempts WHERE batch_id = ?"
                       " GROUP BY extension_key, api_function) r"
                       " ON a.id = r.latest ORDER BY r.first"_L1)) {
        m_d->fail(tr("Could not read the history"), query);
        return result;
    }
    query.bindValue(0, batchId);
    if (!query.exec()) {
        m_d->fail(tr("Could not read the history"), query);
        return result;
    }
    while (query.next())
        result.append(historydb::attemptFromRow(query));
    return result;
}

QStringList HistoryStore::batches(int limit) const
{
    QStringList result;
    if (!isOpen() || limit <= 0)
        return result;
    // Walking started_at backwards stops as soon as enough batches are seen;
    // grouping the whole batch index costs half a second at a million rows.
    QSqlQuery query(m_d->db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT batch_id FROM attempts WHERE batch_id <> ''"
                       " ORDER BY started_at DESC, id DESC"_s)) {
        m_d->fail(tr("Could not read the history"), query);
        return result;
    }
    if (!query.exec()) {
        m_d->fail(tr("Could not read the history"), query);
        return result;
    }
    QSet<QString> seen;
    while (result.size() < limit && query.next()) {
        const QString batch = query.value(0).toString();
        if (!seen.contains(batch)) {
            seen.insert(batch);
            result.append(batch);
        }
    }
    return result;
}

} // namespace vp
