// The write path of the history: the write-ahead row of every request, its
// result, and group commits. Split from HistoryStore.cpp to keep both short.
#include "history/HistoryStore.h"
#include "history/HistoryStorePrivate.h"
#include "model/VicidialSystem.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

// Defence in depth: callers redact, but a password must not reach the file
// even if one forgets. `secrets` holds each password and its URL-encoded
// form (secretsOf), worked out once per attempt rather than per value.
QString scrub(QString value, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (value.contains(secret))
            value.replace(secret, "********"_L1);
    }
    return value.isNull() ? QString::fromLatin1("") : value;
}

// Qt binds a null QString as NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QString::fromLatin1("") : value;
}

// The passwords of a phone and the forms they take in a URL-encoded request.
// Short values are skipped: replacing "12" everywhere would garble the text
// and hides nothing.
QStringList secretsOf(const PhoneRecord &phone)
{
    QStringList secrets;
    for (PhoneField field : {PhoneField::PhonePass, PhoneField::RegistrationPassword}) {
        const QString secret = phone.value(field);
        if (secret.size() < 4)
            continue;
        secrets.append(secret);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            secrets.append(encoded);
    }
    return secrets;
}

} // namespace

bool HistoryStore::Private::prepareWrites()
{
    if (insertQuery)
        return true;
    const QString insertSql =
        historydb::attemptInsertSql() +
        (historydb::dialectOf(db) == historydb::Dialect::Postgres ? " RETURNING id"_L1 : ""_L1);
    const QString finishSql =
        u"UPDATE attempts SET finished = 1, finished_at = ?, outcome = ?, http_status = ?,"
        " message = ?, reply = ?, duration_ms = ?, verify = ? WHERE id = ?"_s;

    auto insert = std::make_unique<QSqlQuery>(db);
    auto finish = std::make_unique<QSqlQuery>(db);
    if (!insert->prepare(insertSql))
        return fail(tr("Could not write to the history"), *insert);
    if (!finish->prepare(finishSql))
        return fail(tr("Could not write to the history"), *finish);
    insertQuery = std::move(insert);
    finishQuery = std::move(finish);
    return true;
}

// BEGIN IMMEDIATE, COMMIT, ROLLBACK. IMMEDIATE: the group takes the write
// lock at once (waiting for another process within the busy timeout) rather
// than failing on its first write.
// A write transaction of its own: SQLite takes the write lock at once (a
// deferred one that must upgrade fails at once when another process writes).
bool HistoryStore::Private::beginWrite()
{
    if (historydb::dialectOf(db) == historydb::Dialect::Sqlite)
        return runPlain(u"BEGIN IMMEDIATE"_s);
    return db.transaction();
}

bool HistoryStore::Private::runPlain(const QString &sql)
{
    QString error;
    if (historydb::exec(db, sql, &error))
        return true;
    return fail(tr("Could not write to the history %1").arg(location()), error);
}

namespace {

// Binds to a prepared query and runs it once: in order, or (the INSERT of an
// attempt) each column at its own place, so the calls need no fixed order.
class Binder
{
public:
    using Column = historydb::AttemptColumn;
    explicit Binder(QSqlQuery *query) : m_query(query) {}
    void integer(qint64 value) { m_query->bindValue(m_index++, value); }
    void text(const QString &value) { m_query->bindValue(m_index++, value); }
    void integer(Column column, qint64 value)
    {
        m_query->bindValue(historydb::insertPosition(column), value);
    }
    void text(Column column, const QString &value)
    {
        m_query->bindValue(historydb::insertPosition(column), value);
    }
    void null(Column column) { m_query->bindValue(historydb::insertPosition(column), QVariant()); }
    void phoneText(int index, const QString &value)
    {
        m_query->bindValue(historydb::insertPosition(Column::FirstPhoneColumn) + index, value);
    }
    bool exec()
    {
        const bool ok = m_query->exec();
        if (ok) {
            // PostgreSQL gives the id through INSERT ... RETURNING id.
            // (Its lastInsertId() runs "SELECT lastval()", which fails after
            // an UPDATE and so aborts the transaction: never asked there.)
            if (m_query->isSelect())
                m_lastInsertId = m_query->next() ? m_query->value(0).toLongLong() : -1;
            else if (m_query->driver()->dbmsType() != QSqlDriver::PostgreSQL)
                m_lastInsertId = m_query->lastInsertId().toLongLong();
            m_changes = m_query->numRowsAffected();
        }
        m_query->finish();
        return ok;
    }
    QString error() const { return m_query->lastError().text(); }
    qint64 lastInsertId() const { return m_lastInsertId; }
    int changes() const { return m_changes; }

private:
    QSqlQuery *m_query;
    int m_index = 0;
    qint64 m_lastInsertId = -1;
    int m_changes = 0;
};

} // namespace

qint64 HistoryStore::recordStart(const HistoryAttempt &attempt)
{
    if (!isOpen()) {
        if (m_d->isShared())
            m_d->fail(tr("The shared history (%1) cannot be reached").arg(m_d->location()),
                      QString());
        else
            m_d->fail(tr("The history is not open"), QString());
        return -1;
    }
    if (!m_d->prepareWrites())
        return -1;

    const PhoneRecord &phone = attempt.phone;
    const QStringList secrets = secretsOf(phone);
    const QDateTime started =
        attempt.startedAt.isValid() ? attempt.startedAt : QDateTime::currentDateTimeUtc();
    // Team mode: the attempt's phone and login are claimed in the same
    // transaction as its row, so another program sees both or neither.
    QStringList claimed;
    bool ownTransaction = false;
    if (m_d->usesClaims()) {
        if (!m_d->inGroup) {
            if (!m_d->beginWrite()) {
                m_d->fail(tr("Could not write to the history %1").arg(m_d->location()),
                          m_d->db.lastError().text());
                return -1;
            }
            ownTransaction = true;
        }
        bool conflict = false;
        if (!m_d->claim(attempt, &claimed, &conflict,
                        [this](const QString &session) { return isSessionAlive(session); })) {
            if (ownTransaction) {
                if (!conflict || !m_d->db.commit())
                    m_d->db.rollback();
            }
            return conflict ? kClaimed : -1;
        }
    }
    using Column = historydb::AttemptColumn;
    Binder bind(m_d->insertQuery.get());
    bind.integer(Column::StartedAt, historydb::toMs(started));
    bind.text(Column::ServerUrl, text(attempt.serverUrl));
    bind.text(Column::ApiUser, text(attempt.apiUser));
    bind.text(Column::Method, text(attempt.method));
    bind.text(Column::ApiFunction, text(attempt.function));
    bind.text(Column::BatchId, text(attempt.batchId));
    bind.integer(Column::Active, phone.isActive() ? 1 : 0);
    bind.integer(Column::PhonePassSet,
                 (attempt.phonePassSet || !phone.value(PhoneField::PhonePass).isEmpty()) ? 1 : 0);
    bind.integer(Column::RegistrationPasswordSet,
                 (attempt.registrationPasswordSet ||
                  !phone.value(PhoneField::RegistrationPassword).isEmpty())
                     ? 1
                     : 0);
    bind.text(Column::ExtensionKey, text(phone.extensionKey()));
    // Empty for an update or delete that sets no login.
    bind.text(Column::LoginKey, text(phone.loginKey()));
    bind.text(Column::Session, m_d->sessionId);
    bind.text(Column::Request, scrub(attempt.redactedRequest, secrets));
    bind.text(Column::Message, scrub(attempt.message, secrets));
    bind.integer(Column::Finished, attempt.finished ? 1 : 0);
    if (attempt.finished) {
        bind.integer(Column::FinishedAt,
                     historydb::toMs(attempt.finishedAt.isValid() ? attempt.finishedAt : started));
        bind.text(Column::Outcome, outcomeKey(attempt.outcome));
    } else {
        bind.null(Column::FinishedAt);
        bind.null(Column::Outcome);
    }
    bind.integer(Column::HttpStatus, attempt.httpStatus);
    bind.text(Column::Reply, scrub(attempt.redactedReply, secrets));
    bind.integer(Column::DurationMs, attempt.durationMs);
    bind.integer(Column::Verify, attempt.verify ? 1 : 0);
    bind.text(Column::SystemKey,
              text(attempt.systemKey.isEmpty() ? VicidialSystem::keyFor(QUrl(attempt.serverUrl))
                                               : attempt.systemKey));
    bind.text(Column::SystemName, text(attempt.systemName));
    bind.text(Column::ServerBuild, text(attempt.serverBuild));
    bind.text(Column::AliasId, text(attempt.aliasId));
    bind.text(Column::AliasName, text(attempt.aliasName));
    bind.text(Column::AliasLogins, text(attempt.aliasLogins.join(QLatin1Char(','))));
    bind.text(Column::OsUser, text(m_d->osUser));
    bind.text(Column::Machine, text(m_d->machine));
    // Secret fields have no column: phoneColumns() leaves them out.
    const QList<PhoneField> &phoneFields = historydb::phoneColumnFields();
    for (int i = 0; i < phoneFields.size(); ++i)
        bind.phoneText(i, text(phone.value(phoneFields[i])));

    if (!bind.exec()) {
        m_d->fail(tr("Could not write to the history %1").arg(m_d->location()), bind.error());
        if (ownTransaction)
            m_d->db.rollback();
        return -1;
    }
    const qint64 id = bind.lastInsertId();
    if (ownTransaction && !m_d->db.commit()) {
        m_d->fail(tr("Could not write to the history %1").arg(m_d->location()),
                  m_d->db.lastError().text());
        m_d->db.rollback();
        return -1;
    }
    if (!claimed.isEmpty())
        m_d->pendingClaims.insert(id, claimed);
    if (!attempt.finished && !secrets.isEmpty())
        m_d->pendingSecrets.insert(id, secrets);
    if (m_d->inGroup)
        m_d->groupIds.append(id);
    return id;
}

bool HistoryStore::recordFinish(qint64 id, Outcome outcome, int httpStatus, const QString &message,
                                const QString &redactedReply, qint64 durationMs, bool verify)
{
    // A shared database whose connection dropped reads as closed here; the
    // result is kept for reconnect() like any other write that failed.
    if (!isOpen() && !(m_d->isShared() && !m_d->sessionId.isEmpty()))
        return m_d->fail(tr("The history is not open"), QString());
    const Private::UnsavedFinish result{id,         outcome, httpStatus, message, redactedReply,
                                        durationMs, verify};
    // A shared database that is gone keeps the result in memory until it is
    // back (reconnect()): the attempt is not lost with it.
    auto keep = [this, &result] {
        if (m_d->isShared())
            m_d->unsavedFinishes.append(result);
        return false;
    };
    if (!isOpen()) {
        m_d->fail(tr("The shared history (%1) cannot be reached").arg(m_d->location()), QString());
        return keep();
    }
    if (!m_d->prepareWrites())
        return keep();
    const auto secrets = m_d->pendingSecrets.constFind(id);
    const QStringList noSecrets;
    const QStringList &scrubbed = secrets == m_d->pendingSecrets.cend() ? noSecrets : *secrets;
    const bool ownTransaction = m_d->usesClaims() && !m_d->inGroup;
    if (ownTransaction && !m_d->beginWrite()) {
        m_d->fail(tr("Could not write to the history %1").arg(m_d->location()),
                  m_d->db.lastError().text());
        return keep();
    }
    Binder bind(m_d->finishQuery.get());
    bind.integer(historydb::toMs(QDateTime::currentDateTimeUtc()));
    bind.text(outcomeKey(outcome));
    bind.integer(httpStatus);
    bind.text(scrub(message, scrubbed));
    bind.text(scrub(redactedReply, scrubbed));
    bind.integer(durationMs);
    bind.integer(verify ? 1 : 0);
    bind.integer(id);
    if (!bind.exec()) {
        m_d->fail(tr("Could not write to the history %1").arg(m_d->location()), bind.error());
        if (ownTransaction)
            m_d->db.rollback();
        return keep();
    }
    if (bind.changes() != 1) {
        if (ownTransaction)
            m_d->db.rollback();
        return m_d->fail(tr("The history has no attempt %1").arg(id), QString());
    }
    if (!m_d->releaseClaims(id) || (ownTransaction && !m_d->db.commit())) {
        if (ownTransaction)
            m_d->db.rollback();
        return keep();
    }
    if (m_d->inGroup) {
        m_d->groupFinishes.append(result);
    } else {
        m_d->pendingClaims.remove(id);
        m_d->pendingSecrets.remove(id);
    }
    return true;
}

bool HistoryStore::beginGroup()
{
    if (!isOpen())
        return m_d->fail(tr("The history is not open"), QString());
    if (m_d->inGroup || !m_d->prepareWrites())
        return false;
    const bool sqlite = historydb::dialectOf(m_d->db) == historydb::Dialect::Sqlite;
    if (!m_d->runPlain(sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s))
        return false;
    m_d->inGroup = true;
    m_d->groupIds.clear();
    m_d->groupFinishes.clear();
    return true;
}

bool HistoryStore::commitGroup()
{
    if (!m_d->inGroup)
        return true;
    m_d->inGroup = false;
    if (m_d->runPlain(u"COMMIT"_s)) {
        for (const Private::UnsavedFinish &finish : std::as_const(m_d->groupFinishes)) {
            m_d->pendingClaims.remove(finish.id);
            m_d->pendingSecrets.remove(finish.id);
        }
        m_d->groupFinishes.clear();
        m_d->groupIds.clear();
        return true;
    }
    const QString error = m_d->lastError;
    m_d->runPlain(u"ROLLBACK"_s);
    m_d->lastError = error;
    // The rows of the group are gone: nothing of theirs is pending any more.
    for (qint64 id : std::as_const(m_d->groupIds)) {
        m_d->pendingSecrets.remove(id);
        m_d->pendingClaims.remove(id);
    }
    // The results of the group are not: a shared database keeps them for
    // reconnect() (a file's write failing is not a fault that heals).
    if (m_d->isShared())
        m_d->unsavedFinishes += m_d->groupFinishes;
    m_d->groupFinishes.clear();
    m_d->groupIds.clear();
    return false;
}

bool HistoryStore::inGroup() const
{
    return m_d->inGroup;
}

} // namespace vp
