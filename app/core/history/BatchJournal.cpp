#include "history/BatchJournal.h"
#include "model/VicidialSystem.h"

#include <QUrl>

#include "history/HistoryStore.h"
#include "history/HistoryStorePrivate.h"

#include <QAtomicInteger>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"vp-batches-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString phoneToJson(const PhoneRecord &phone)
{
    QJsonObject object;
    for (const PhoneFieldInfo &info : phoneFields()) {
        const QString value = phone.value(info.field);
        if (!info.secret && !value.isEmpty())
            object.insert(QLatin1String(info.apiName), value);
    }
    if (!phone.isActive())
        object.insert(u"active"_s, u"N"_s);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

PhoneRecord phoneFromJson(const QString &json)
{
    PhoneRecord phone;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (const auto field = phoneFieldFromApiName(it.key()); field && !isSecretField(*field))
            phone.setValue(*field, it.value().toString());
    }
    phone.setActive(object.value(u"active"_s).toString() != "N"_L1);
    return phone;
}

BatchInfo infoFromRow(const QSqlQuery &query)
{
    BatchInfo info;
    info.batchId = query.value(0).toString();
    info.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    info.label = query.value(2).toString();
    info.serverUrl = query.value(3).toString();
    info.apiUser = query.value(4).toString();
    info.passwordsGenerated = query.value(5).toBool();
    info.ownerSession = query.value(6).toString();
    info.rowCount = query.value(7).toInt();
    info.undoOf = query.value(8).toString();
    return info;
}

// A null QString binds as SQL NULL; the columns want text.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

const QLatin1String kBatchColumns("batch_id, created_at, label, server_url, api_user,"
                                  " passwords_generated, owner_session, row_count, undo_of");

// The journal's key of a row's operation ("add_or_update" for an add that
// updates an existing extension).
QString operationKey(const BatchPlanRow &row)
{
    if (row.kind == Operation::Kind::AddPhone && row.updateIfExists)
        return u"add_or_update"_s;
    return Operation::kindKey(row.kind);
}

QString fieldsText(const QList<PhoneField> &fields)
{
    QStringList names;
    for (PhoneField field : fields)
        names << apiName(field);
    return names.join(QLatin1Char(','));
}

QList<PhoneField> fieldsFromText(const QString &text)
{
    QList<PhoneField> fields;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto field = phoneFieldFromApiName(name))
            fields << *field;
    }
    return fields;
}

} // namespace

int BatchProgress::count(BatchRowState state) const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [state](const BatchRowStatus &row) { return row.state == state; }));
}

bool BatchProgress::hasWorkLeft() const
{
    return count(BatchRowState::NotSent) > 0 || count(BatchRowState::Unknown) > 0;
}

BatchJournal::BatchJournal(HistoryStore &history)
    : m_history(history), m_connectionName(nextConnectionName())
{
    if (history.isShared()) {
        // A shared database: a connection of its own to the same database.
        QString error;
        m_db = history.openSibling(m_connectionName, &error);
        if (!m_db.isOpen()) {
            fail(tr("Could not open the batch journal"), error);
            return;
        }
    } else {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        const QString path = history.path();
        // An in-memory history is private to its store; the journal then
        // lives in memory too (nothing of either outlives the process).
        m_db.setDatabaseName(path.isEmpty() ? u":memory:"_s : path);
        if (!m_db.open()) {
            fail(tr("Could not open the batch journal"), m_db.lastError().text());
            return;
        }
        QSqlQuery pragma(m_db);
        // The history's own connection set WAL; wait for its writes instead of failing.
        pragma.exec(u"PRAGMA busy_timeout = 5000"_s);
        pragma.exec(u"PRAGMA synchronous = NORMAL"_s);
    }
    if (!createTables())
        m_db.close();
}

// A shared database that restarted dropped this connection: connect again
// (its password is the history's, kept by the clone).
void BatchJournal::reopenIfLost()
{
    if (!m_history.isShared() || !m_db.isValid())
        return;
    QSqlQuery ping(m_db);
    if (m_db.isOpen() && ping.exec(u"SELECT 1"_s))
        return;
    ping.finish();
    m_db.close();
    m_db.open();
}

BatchJournal::~BatchJournal()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool BatchJournal::isOpen() const
{
    return m_db.isOpen();
}

QString BatchJournal::lastError() const
{
    return m_lastError;
}

bool BatchJournal::fail(const QString &what, const QString &detail) const
{
    m_lastError = detail.isEmpty() ? what : what + u": "_s + detail;
    return false;
}

// The history owns the schema: a file's journal tables come with its
// migrations. Only an in-memory history's journal (a private database of
// this connection) creates them here, with the same statements.
bool BatchJournal::createTables()
{
    QString error;
    if (!m_history.path().isEmpty() || m_history.isShared()) {
        if (m_history.schemaVersion() >= 7)
            return true;
        return fail(
            tr("Could not open the batch journal in %1").arg(m_history.location().displayName()),
            tr("the history is not open"));
    }
    if (!historydb::createJournalTables(m_db, &error) ||
        !historydb::createSkippedRowsTable(m_db, &error) ||
        !historydb::addJournalOperations(m_db, &error))
        return fail(tr("Could not create the batch journal"), error);
    return true;
}

bool BatchJournal::begin(const BatchInfo &info, const QList<PhoneRecord> &phones,
                         const QList<int> &sourceLines, const QList<BatchSkippedRow> &skipped)
{
    QList<BatchPlanRow> rows;
    rows.reserve(phones.size());
    for (qsizetype i = 0; i < phones.size(); ++i)
        rows << BatchPlanRow::fromOperation(Operation::addPhone(phones.at(i)),
                                            i < sourceLines.size() ? sourceLines.at(i) : 0);
    return begin(info, rows, skipped);
}

bool BatchJournal::begin(const BatchInfo &info, const QList<BatchPlanRow> &rows,
                         const QList<BatchSkippedRow> &skipped)
{
    if (!isOpen())
        return fail(tr("The batch journal is not open"), m_lastError);
    reopenIfLost();
    if (!m_db.transaction())
        return fail(tr("Could not record the batch"), m_db.lastError().text());
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO batch_plans (batch_id, created_at, label,"
                  " server_url, api_user, passwords_generated, owner_session,"
                  " row_count, undo_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QDateTime created =
        info.createdAt.isValid() ? info.createdAt : QDateTime::currentDateTimeUtc();
    query.addBindValue(info.batchId);
    query.addBindValue(created.toMSecsSinceEpoch());
    query.addBindValue(text(info.label));
    query.addBindValue(text(info.serverUrl));
    query.addBindValue(text(info.apiUser));
    query.addBindValue(info.passwordsGenerated ? 1 : 0);
    query.addBindValue(text(m_history.sessionId()));
    query.addBindValue(int(rows.size()));
    query.addBindValue(text(info.undoOf));
    bool ok = query.exec();
    QString error = query.lastError().text();
    if (ok) {
        QSqlQuery row(m_db);
        row.prepare(u"INSERT INTO batch_plan_rows (batch_id, seq, source_line,"
                    " phone, phone_pass_set, registration_password_set, operation, fields)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (int i = 0; ok && i < rows.size(); ++i) {
            const BatchPlanRow &plan = rows.at(i);
            const PhoneRecord &phone = plan.phone;
            row.bindValue(0, info.batchId);
            row.bindValue(1, i);
            row.bindValue(2, plan.sourceLine);
            row.bindValue(3, phoneToJson(phone));
            // Integers, not bools: PostgreSQL takes no boolean in an integer column.
            row.bindValue(
                4, plan.phonePassSet || !phone.value(PhoneField::PhonePass).isEmpty() ? 1 : 0);
            row.bindValue(5, plan.registrationPasswordSet ||
                                     !phone.value(PhoneField::RegistrationPassword).isEmpty()
                                 ? 1
                                 : 0);
            row.bindValue(6, operationKey(plan));
            row.bindValue(7, text(fieldsText(plan.fields)));
            ok = row.exec();
            if (!ok)
                error = row.lastError().text();
        }
    }
    if (ok && !skipped.isEmpty()) {
        QSqlQuery row(m_db);
        row.prepare(u"INSERT INTO batch_skipped_rows (batch_id, source_line,"
                    " phone, reason, message) VALUES (?, ?, ?, ?, ?)"_s);
        for (const BatchSkippedRow &skip : skipped) {
            row.bindValue(0, info.batchId);
            row.bindValue(1, skip.sourceLine);
            row.bindValue(2, phoneToJson(skip.phone));
            row.bindValue(3, text(skip.reason));
            row.bindValue(4, text(skip.message));
            ok = row.exec();
            if (!ok) {
                error = row.lastError().text();
                break;
            }
        }
    }
    if (!ok) {
        m_db.rollback();
        return fail(tr("Could not record the batch"), error);
    }
    if (!m_db.commit())
        return fail(tr("Could not record the batch"), m_db.lastError().text());
    return true;
}

bool BatchJournal::updatePlanPhone(const QString &batchId, int sourceLine, const PhoneRecord &phone)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE batch_plan_rows SET phone = ?"
                  " WHERE batch_id = ? AND source_line = ?"_s);
    query.addBindValue(phoneToJson(phone));
    query.addBindValue(batchId);
    query.addBindValue(sourceLine);
    if (!query.exec())
        return fail(tr("Could not update the batch journal"), query.lastError().text());
    return true;
}

bool BatchJournal::adopt(const QString &batchId)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE batch_plans SET owner_session = ? WHERE batch_id = ?"_s);
    query.addBindValue(text(m_history.sessionId()));
    query.addBindValue(batchId);
    if (!query.exec())
        return fail(tr("Could not update the batch journal"), query.lastError().text());
    return true;
}

bool BatchJournal::close(const QString &batchId)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE batch_plans SET closed = 1 WHERE batch_id = ?"_s);
    query.addBindValue(batchId);
    if (!query.exec())
        return fail(tr("Could not update the batch journal"), query.lastError().text());
    return true;
}

QList<BatchInfo> BatchJournal::orphanedBatches() const
{
    QList<BatchInfo> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + kBatchColumns +
                    u" FROM batch_plans WHERE closed = 0"
                    " ORDER BY created_at DESC"_s)) {
        fail(tr("Could not read the batch journal"), query.lastError().text());
        return result;
    }
    while (query.next()) {
        BatchInfo info = infoFromRow(query);
        if (!m_history.isSessionAlive(info.ownerSession))
            result.append(info);
    }
    return result;
}

std::optional<BatchInfo> BatchJournal::batch(const QString &batchId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + kBatchColumns + u" FROM batch_plans WHERE batch_id = ?"_s);
    query.addBindValue(batchId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return infoFromRow(query);
}

QList<BatchPlanRow> BatchJournal::plan(const QString &batchId) const
{
    QList<BatchPlanRow> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT seq, source_line, phone, phone_pass_set,"
                  " registration_password_set, operation, fields FROM batch_plan_rows"
                  " WHERE batch_id = ? ORDER BY seq"_s);
    query.addBindValue(batchId);
    if (!query.exec()) {
        fail(tr("Could not read the batch journal"), query.lastError().text());
        return rows;
    }
    while (query.next()) {
        BatchPlanRow row;
        row.seq = query.value(0).toInt();
        row.sourceLine = query.value(1).toInt();
        row.phone = phoneFromJson(query.value(2).toString());
        row.phonePassSet = query.value(3).toBool();
        row.registrationPasswordSet = query.value(4).toBool();
        const QString key = query.value(5).toString();
        row.updateIfExists = key == "add_or_update"_L1;
        row.kind = row.updateIfExists
                       ? Operation::Kind::AddPhone
                       : Operation::kindFromKey(key).value_or(Operation::Kind::AddPhone);
        row.fields = fieldsFromText(query.value(6).toString());
        rows.append(row);
    }
    return rows;
}

QList<BatchSkippedRow> BatchJournal::skippedRows(const QString &batchId) const
{
    QList<BatchSkippedRow> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT source_line, phone, reason, message"
                  " FROM batch_skipped_rows WHERE batch_id = ?"
                  " ORDER BY source_line"_s);
    query.addBindValue(batchId);
    if (!query.exec()) {
        fail(tr("Could not read the batch journal"), query.lastError().text());
        return rows;
    }
    while (query.next()) {
        BatchSkippedRow row;
        row.sourceLine = query.value(0).toInt();
        row.phone = phoneFromJson(query.value(1).toString());
        row.reason = query.value(2).toString();
        row.message = query.value(3).toString();
        rows.append(row);
    }
    return rows;
}

BatchRowState BatchJournal::stateOf(const HistoryAttempt &attempt)
{
    if (!attempt.finished)
        return BatchRowState::Unknown; // still "sending" in a live process
    switch (attempt.outcome) {
    case Outcome::Added:
    case Outcome::Updated:
        return BatchRowState::Added;
    case Outcome::AlreadyExistsOnServer:
        return attempt.verify ? BatchRowState::Added : BatchRowState::AlreadyExisted;
    case Outcome::Cancelled:
    case Outcome::NetworkError:
        return BatchRowState::NotSent;
    default:
        break;
    }
    if (isUnknown(attempt.outcome))
        return BatchRowState::Unknown;
    // A login, lock-out, IP, permission or source error: the server checked
    // the account before anything else and created nothing.
    if (stopsBatch(attempt.outcome))
        return BatchRowState::NotSent;
    return BatchRowState::Failed;
}

BatchRowState BatchJournal::stateOf(const HistoryAttempt &attempt, Operation::Kind kind)
{
    if (kind == Operation::Kind::AddPhone)
        return stateOf(attempt);
    if (!attempt.finished)
        return BatchRowState::Unknown;
    switch (attempt.outcome) {
    case Outcome::Updated:
    case Outcome::NothingToChange:
        return BatchRowState::Added;
    case Outcome::PhoneNotFound:
        // A delete finds nothing to delete; a change has no phone to change.
        return kind == Operation::Kind::DeletePhone ? BatchRowState::AlreadyExisted
                                                    : BatchRowState::Failed;
    default:
        break;
    }
    return stateOf(attempt);
}

BatchProgress BatchJournal::progress(const QString &batchId) const
{
    BatchProgress progress;
    const std::optional<BatchInfo> info = batch(batchId);
    if (!info)
        return progress;
    progress.info = *info;
    progress.skipped = skippedRows(batchId);
    const QList<BatchPlanRow> rows = plan(batchId);

    // Every add_phone attempt of the batch, oldest first, per extension key.
    QHash<QString, QList<HistoryAttempt>> attemptsByKey;
    HistoryFilter filter;
    filter.batchId = batchId;
    // Only the batch's own system: an answer from another system (an older
    // version could send a continued batch elsewhere) says nothing of its rows.
    filter.systemKey = VicidialSystem::keyFor(QUrl(info->serverUrl));
    QList<HistoryAttempt> all;
    constexpr int Page = 5000;
    for (int offset = 0;; offset += Page) {
        const QList<HistoryAttempt> page = m_history.query(filter, offset, Page);
        all += page;
        if (page.size() < Page)
            break;
    }
    // Phone rows only (an alias attempt has no extension).
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->aliasId.isEmpty())
            attemptsByKey[it->phone.extensionKey()].append(*it);
    }

    progress.rows.reserve(rows.size());
    for (const BatchPlanRow &row : rows) {
        BatchRowStatus status;
        status.row = row;
        // Walk the row's attempts in order: an unknown attempt stays unknown
        // until a definite answer, even if a later attempt never left (so a
        // resend still resolves it instead of calling "already exists" a failure).
        bool unresolved = false;
        const bool adds = row.kind == Operation::Kind::AddPhone;
        for (const HistoryAttempt &attempt : attemptsByKey.value(row.phone.extensionKey())) {
            const bool isAdd = attempt.function == "add_phone"_L1;
            // An add's follow-up update (switching it off) is part of the
            // add; an add-or-update's update is the row's second half.
            if (adds ? !(isAdd || row.updateIfExists) : isAdd)
                continue;
            if (adds && !isAdd &&
                (!row.updateIfExists || !status.hasAttempt ||
                 status.attempt.outcome != Outcome::AlreadyExistsOnServer))
                continue;
            status.hasAttempt = true;
            status.attempt = attempt;
            const Operation::Kind attemptKind =
                isAdd ? Operation::Kind::AddPhone
                      : (adds ? Operation::Kind::UpdatePhone : row.kind);
            BatchRowState state = stateOf(attempt, attemptKind);
            // Add or update: "already exists" asks for the update that follows.
            if (isAdd && row.updateIfExists && state == BatchRowState::AlreadyExisted)
                state = BatchRowState::NotSent;
            if (state == BatchRowState::Unknown) {
                unresolved = true;
                status.state = state;
            } else if (state == BatchRowState::NotSent) {
                status.state = unresolved ? BatchRowState::Unknown : state;
            } else {
                unresolved = false;
                status.state = state;
            }
        }
        progress.rows.append(status);
    }
    return progress;
}

Operation BatchPlanRow::operation() const
{
    switch (kind) {
    case Operation::Kind::AddPhone:
        return Operation::addPhone(phone);
    case Operation::Kind::UpdatePhone:
        return Operation::updatePhone(phone, fields);
    case Operation::Kind::SetPhoneActive:
        return Operation::setPhoneActive(phone.extension(), phone.serverIp(), phone.isActive());
    case Operation::Kind::DeletePhone:
        return Operation::deletePhone(phone.extension(), phone.serverIp());
    default:
        break;
    }
    return Operation::addPhone(phone);
}

BatchPlanRow BatchPlanRow::fromOperation(const Operation &operation, int sourceLine,
                                         bool updateIfExists)
{
    BatchPlanRow row;
    row.sourceLine = sourceLine;
    row.phone = operation.phone();
    row.kind = operation.kind();
    row.fields = operation.changedFields();
    row.updateIfExists = updateIfExists && row.kind == Operation::Kind::AddPhone;
    return row;
}

QString BatchJournal::secretKey(const QString &batchId)
{
    return u"batch/"_s + batchId;
}

} // namespace vp
