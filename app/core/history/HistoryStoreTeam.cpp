// Team mode: a history shared by several programs on a database server
// (MariaDB/MySQL or PostgreSQL). Connecting and connecting again after a
// fault, the sessions' heartbeat, the claims that keep two programs from
// sending for one phone or login at once, and what "who did what" reads.
#include "history/HistoryStore.h"
#include "history/HistoryStorePrivate.h"

#include <QHostInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace vp {

namespace {

QString nextServerConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"vp-history-server-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

QStringList historydb::claimKeys(const HistoryAttempt &attempt)
{
    QStringList keys;
    const QString system = attempt.systemKey;
    if (!attempt.aliasId.isEmpty()) {
        keys << "alias|"_L1 + system + QLatin1Char('|') + attempt.aliasId.toLower();
        return keys;
    }
    const QString extension = attempt.phone.extensionKey();
    if (!extension.isEmpty())
        keys << "phone|"_L1 + system + QLatin1Char('|') + extension;
    const QString login = attempt.phone.loginKey();
    if (!login.isEmpty())
        keys << "login|"_L1 + system + QLatin1Char('|') + login;
    return keys;
}

QString HistoryStore::currentOsUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    // No login environment (a service, cron, a container): the account itself.
    if (user.isEmpty()) {
        if (const passwd *entry = ::getpwuid(::geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return user.isNull() ? QString::fromLatin1("") : user;
}

QString HistoryStore::currentMachine()
{
    const QString name = QHostInfo::localHostName();
    return name.isNull() ? QString::fromLatin1("") : name;
}

HistoryLocation HistoryStore::location() const
{
    return m_d->place;
}

bool HistoryStore::isShared() const
{
    return m_d->isShared();
}

QString HistoryStore::claimHolder() const
{
    return m_d->claimHolder;
}

int HistoryStore::unsavedResults() const
{
    return int(m_d->unsavedFinishes.size());
}

bool HistoryStore::open(const HistoryLocation &location, const QString &password, QString *error)
{
    if (!location.isShared()) {
        const bool opened = open(location.path.isEmpty() ? defaultPath() : location.path, error);
        if (opened)
            m_d->place.path = m_d->path;
        return opened;
    }
    close();
    m_d->place = location;
    m_d->password = password;
    auto failOpen = [&](const QString &message) {
        m_d->fail(tr("Could not open the shared history (%1)").arg(location.displayName()),
                  message);
        if (error)
            *error = m_d->lastError;
        close();
        return false;
    };
    QString message;
    if (!m_d->connectServer(&message))
        return failOpen(message);
    if (!historydb::migrate(m_d->db, &m_d->schemaVersion, &message))
        return failOpen(message);
    m_d->sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_d->registerSession())
        return failOpen(m_d->lastError);
    m_d->lastError.clear();
    return true;
}

bool HistoryStore::Private::connectServer(QString *error)
{
    connectionName = nextServerConnectionName();
    db = QSqlDatabase::addDatabase(place.driverName(), connectionName);
    HistoryConnectionCheck::Problem problem;
    return historydb::openServer(db, place, password, &problem, error);
}

// Every session, on every engine, says who it is; a shared database also
// learns from its heartbeat whether it still lives.
bool HistoryStore::Private::registerSession()
{
    osUser = HistoryStore::currentOsUser();
    machine = HistoryStore::currentMachine();
    const QString now = historydb::nowMs(historydb::dialectOf(db));
    QSqlQuery query(db);
    if (!query.prepare("INSERT INTO sessions (session_id, os_user, machine, program,"
                       " started_at, last_seen, ended) VALUES (?, ?, ?, ?, "_L1 +
                       now + u", "_s + now + ", 0)"_L1)) {
        return fail(tr("Could not write to the history %1").arg(location()), query);
    }
    query.addBindValue(sessionId);
    query.addBindValue(osUser);
    query.addBindValue(machine);
    query.addBindValue(QString(QCoreApplication::applicationName() + QLatin1Char(' ') +
                               QCoreApplication::applicationVersion()));
    if (!query.exec())
        return fail(tr("Could not write to the history %1").arg(location()), query);
    if (!usesClaims())
        return true;
    // A file's sessions are told apart by their lock files; its claims'
    // leases are renewed all the same.
    heartbeat = std::make_unique<QTimer>();
    heartbeat->setInterval(historydb::kHeartbeatMs);
    QObject::connect(heartbeat.get(), &QTimer::timeout, heartbeat.get(), [this] { beat(); });
    heartbeat->start();
    return true;
}

void HistoryStore::Private::beat()
{
    if (!db.isOpen() || sessionId.isEmpty())
        return;
    const historydb::Dialect dialect = historydb::dialectOf(db);
    const QString now = historydb::nowMs(dialect);
    QSqlQuery query(db);
    if (query.prepare("UPDATE sessions SET last_seen = "_L1 + now + " WHERE session_id = ?"_L1)) {
        query.bindValue(0, sessionId);
        query.exec();
    }
    if (!pendingClaims.isEmpty() &&
        query.prepare("UPDATE claims SET expires_at = "_L1 + now + " + "_L1 +
                      QString::number(historydb::kClaimLeaseMs) + " WHERE session = ?"_L1)) {
        query.bindValue(0, sessionId);
        query.exec();
    }
}

bool HistoryStore::Private::claim(const HistoryAttempt &attempt, QStringList *keys, bool *conflict,
                                  const std::function<bool(const QString &)> &isAlive)
{
    *conflict = false;
    claimHolder.clear();
    const QStringList wanted = historydb::claimKeys(attempt);
    const historydb::Dialect dialect = historydb::dialectOf(db);
    const QString now = historydb::nowMs(dialect);
    QSqlQuery expire(db);
    QSqlQuery insert(db);
    QSqlQuery holder(db);
    if (!expire.prepare("DELETE FROM claims WHERE claim_key = ? AND (expires_at < "_L1 + now +
                        " OR session = ?)"_L1) ||
        !insert.prepare(historydb::insertIgnore(
            dialect, u"claims"_s,
            u"claim_key, session, attempt_id, os_user, machine, api_user, claimed_at,"
            " expires_at"_s,
            "?, ?, 0, ?, ?, ?, "_L1 + now + u", "_s + now + u" + "_s +
                QString::number(historydb::kClaimLeaseMs))) ||
        !holder.prepare(u"SELECT os_user, machine, api_user FROM claims WHERE claim_key = ?"_s))
        return fail(tr("Could not write to the history %1").arg(location()), insert);
    for (const QString &key : wanted) {
        expire.bindValue(0, key);
        expire.bindValue(1, sessionId);
        if (!expire.exec())
            return fail(tr("Could not write to the history %1").arg(location()), expire);
        insert.bindValue(0, key);
        insert.bindValue(1, sessionId);
        insert.bindValue(2, osUser);
        insert.bindValue(3, machine);
        insert.bindValue(4, attempt.apiUser.isNull() ? u""_s : attempt.apiUser); // NOT NULL
        if (!insert.exec())
            return fail(tr("Could not write to the history %1").arg(location()), insert);
        if (insert.numRowsAffected() == 1) {
            keys->append(key);
            continue;
        }
        // Taken: by a program that is gone (killed before its lease ran out)
        // the claim is taken over; by a live one, say who, and give back
        // what this attempt took so far (the caller's transaction commits).
        QSqlQuery owner(db);
        owner.prepare(u"SELECT session FROM claims WHERE claim_key = ?"_s);
        owner.bindValue(0, key);
        const QString holderSession =
            owner.exec() && owner.next() ? owner.value(0).toString() : QString();
        owner.finish();
        if (!holderSession.isEmpty() && isAlive && !isAlive(holderSession)) {
            QSqlQuery takeOver(db);
            takeOver.prepare(u"DELETE FROM claims WHERE claim_key = ? AND session = ?"_s);
            takeOver.bindValue(0, key);
            takeOver.bindValue(1, holderSession);
            if (takeOver.exec() && insert.exec() && insert.numRowsAffected() == 1) {
                keys->append(key);
                continue;
            }
        }
        holder.bindValue(0, key);
        if (holder.exec() && holder.next()) {
            claimHolder = tr("%1 on %2 (API user %3)")
                              .arg(holder.value(0).toString(), holder.value(1).toString(),
                                   holder.value(2).toString());
        }
        holder.finish();
        *conflict = true;
        QSqlQuery release(db);
        release.prepare(u"DELETE FROM claims WHERE session = ? AND claim_key = ?"_s);
        for (const QString &taken : std::as_const(*keys)) {
            release.bindValue(0, sessionId);
            release.bindValue(1, taken);
            release.exec();
        }
        keys->clear();
        return false;
    }
    return true;
}

bool HistoryStore::Private::releaseClaims(qint64 id)
{
    const auto it = pendingClaims.constFind(id);
    if (it == pendingClaims.cend())
        return true;
    QSqlQuery release(db);
    if (!release.prepare(u"DELETE FROM claims WHERE session = ? AND claim_key = ?"_s))
        return fail(tr("Could not write to the history %1").arg(location()), release);
    for (const QString &key : *it) {
        release.bindValue(0, sessionId);
        release.bindValue(1, key);
        if (!release.exec())
            return fail(tr("Could not write to the history %1").arg(location()), release);
    }
    return true; // the caller forgets them once this is committed
}

QSqlDatabase HistoryStore::openSibling(const QString &connectionName, QString *error) const
{
    QSqlDatabase sibling = QSqlDatabase::cloneDatabase(m_d->db, connectionName);
    HistoryConnectionCheck::Problem problem;
    QString message;
    if (!historydb::openClone(sibling, m_d->place, &problem, &message) && error)
        *error = message;
    return sibling;
}

bool HistoryStore::reconnect(QString *error)
{
    if (!isOpen() && !m_d->isShared())
        return false;
    if (!m_d->isShared())
        return true;
    QSqlQuery ping(m_d->db);
    const bool alive = m_d->db.isOpen() && ping.exec(u"SELECT 1"_s) && ping.next();
    ping.finish();
    if (!alive) {
        // Statements prepared on the lost connection are dead with it.
        m_d->insertQuery.reset();
        m_d->finishQuery.reset();
        m_d->wasAddedQuery.reset();
        m_d->loginWasAddedQuery.reset();
        m_d->inGroup = false;
        m_d->db.close();
        m_d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_d->connectionName);
        QString message;
        if (!m_d->connectServer(&message)) {
            m_d->fail(tr("The shared history (%1) cannot be reached").arg(m_d->place.displayName()),
                      message);
            if (error)
                *error = m_d->lastError;
            return false;
        }
        m_d->beat();
    }
    // The results kept while it was gone, in their order.
    while (!m_d->unsavedFinishes.isEmpty()) {
        const Private::UnsavedFinish finish = m_d->unsavedFinishes.first();
        m_d->unsavedFinishes.removeFirst();
        if (!recordFinish(finish.id, finish.outcome, finish.httpStatus, finish.message,
                          finish.reply, finish.durationMs, finish.verify)) {
            if (error)
                *error = m_d->lastError;
            return false; // recordFinish kept it again
        }
    }
    return true;
}

QString historydb::changeStamp(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT (SELECT MAX(id) FROM attempts),"
                    " (SELECT COUNT(*) FROM attempts WHERE outcome IS NULL)"_s) ||
        !query.next())
        return {};
    return query.value(0).toString() + QLatin1Char('/') + query.value(1).toString();
}

QString HistoryStore::changeStamp() const
{
    return isOpen() ? historydb::changeStamp(m_d->db) : QString();
}

QString HistoryStore::connectionName() const
{
    // Also while a server that went away left it closed: a clone of it
    // connects anew.
    return m_d->db.isValid() ? m_d->connectionName : QString();
}

namespace {
QStringList distinct(const QSqlDatabase &db, const QString &sql)
{
    QStringList values;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return values;
    while (query.next()) {
        const QString value = query.value(0).toString();
        if (!value.isEmpty())
            values.append(value);
    }
    values.sort(Qt::CaseInsensitive);
    return values;
}
} // namespace

// The sessions table is small (one row per program start): who and where
// come from it rather than from a scan of every attempt.
QStringList HistoryStore::osUsers() const
{
    return isOpen() ? distinct(m_d->db, u"SELECT DISTINCT os_user FROM sessions"_s) : QStringList();
}

QStringList HistoryStore::machines() const
{
    return isOpen() ? distinct(m_d->db, u"SELECT DISTINCT machine FROM sessions"_s) : QStringList();
}

QStringList HistoryStore::apiUsers() const
{
    return isOpen() ? distinct(m_d->db, u"SELECT DISTINCT api_user FROM attempts"_s)
                    : QStringList();
}

} // namespace vp
