// How attempts map to rows and filters to SQL, shared by the queries of
// HistoryStore.cpp and the export of HistoryExport.cpp.
#include "history/HistoryDialect.h"
#include "history/HistoryStorePrivate.h"

using namespace Qt::StringLiterals;

namespace vp::historydb {

namespace {
struct ColumnName
{
    AttemptColumn column;
    const char *name;
};
constexpr ColumnName kAttemptColumnNames[] = {
    {AttemptColumn::Id, "id"},
    {AttemptColumn::StartedAt, "started_at"},
    {AttemptColumn::FinishedAt, "finished_at"},
    {AttemptColumn::ServerUrl, "server_url"},
    {AttemptColumn::ApiUser, "api_user"},
    {AttemptColumn::Method, "method"},
    {AttemptColumn::ApiFunction, "api_function"},
    {AttemptColumn::BatchId, "batch_id"},
    {AttemptColumn::Active, "active"},
    {AttemptColumn::PhonePassSet, "phone_pass_set"},
    {AttemptColumn::RegistrationPasswordSet, "registration_password_set"},
    {AttemptColumn::ExtensionKey, "extension_key"},
    {AttemptColumn::LoginKey, "login_key"},
    {AttemptColumn::Session, "session"},
    {AttemptColumn::Finished, "finished"},
    {AttemptColumn::Outcome, "outcome"},
    {AttemptColumn::HttpStatus, "http_status"},
    {AttemptColumn::Message, "message"},
    {AttemptColumn::Request, "request"},
    {AttemptColumn::Reply, "reply"},
    {AttemptColumn::DurationMs, "duration_ms"},
    {AttemptColumn::Verify, "verify"},
    {AttemptColumn::SystemKey, "system_key"},
    {AttemptColumn::SystemName, "system_name"},
    {AttemptColumn::ServerBuild, "server_build"},
    {AttemptColumn::AliasId, "alias_id"},
    {AttemptColumn::AliasName, "alias_name"},
    {AttemptColumn::AliasLogins, "alias_logins"},
    {AttemptColumn::OsUser, "os_user"},
    {AttemptColumn::Machine, "machine"},
};

constexpr bool namesInColumnOrder()
{
    int i = 0;
    for (const ColumnName &entry : kAttemptColumnNames) {
        if (int(entry.column) != i++)
            return false;
    }
    return i == int(AttemptColumn::FirstPhoneColumn);
}
static_assert(namesInColumnOrder(), "one name per AttemptColumn, in its order");

QVariant valueOf(const QSqlQuery &query, AttemptColumn column)
{
    return query.value(int(column));
}

// '!' escapes: a backslash means something else in MySQL's string literals.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('!'), "!!"_L1);
    escaped.replace(QLatin1Char('%'), "!%"_L1);
    escaped.replace(QLatin1Char('_'), "!_"_L1);
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

const QStringList &phoneColumns()
{
    static const QStringList columns = [] {
        QStringList list;
        for (const PhoneFieldInfo &info : phoneFields()) {
            if (!info.secret)
                list.append(QString::fromLatin1(info.apiName));
        }
        return list;
    }();
    return columns;
}

const QList<PhoneField> &phoneColumnFields()
{
    static const QList<PhoneField> fields = [] {
        QList<PhoneField> list;
        for (const PhoneFieldInfo &info : phoneFields()) {
            if (!info.secret)
                list.append(info.field);
        }
        return list;
    }();
    return fields;
}

const QStringList &attemptColumnNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const ColumnName &entry : kAttemptColumnNames)
            list.append(QString::fromLatin1(entry.name));
        return list + phoneColumns();
    }();
    return names;
}

const QString &attemptColumns()
{
    static const QString columns = "a."_L1 + attemptColumnNames().join(", a."_L1);
    return columns;
}

const QString &attemptInsertSql()
{
    static const QString sql = []() -> QString {
        const QStringList columns = attemptColumnNames().mid(1); // id is SQLite's
        const QStringList marks(columns.size(), u"?"_s);
        return "INSERT INTO attempts ("_L1 + columns.join(", "_L1) + ") VALUES ("_L1 +
               marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }();
    return sql;
}

HistoryAttempt attemptFromRow(const QSqlQuery &query)
{
    HistoryAttempt attempt;
    attempt.id = valueOf(query, AttemptColumn::Id).toLongLong();
    attempt.startedAt = fromMs(valueOf(query, AttemptColumn::StartedAt));
    attempt.finishedAt = fromMs(valueOf(query, AttemptColumn::FinishedAt));
    attempt.serverUrl = valueOf(query, AttemptColumn::ServerUrl).toString();
    attempt.apiUser = valueOf(query, AttemptColumn::ApiUser).toString();
    attempt.method = valueOf(query, AttemptColumn::Method).toString();
    attempt.function = valueOf(query, AttemptColumn::ApiFunction).toString();
    attempt.batchId = valueOf(query, AttemptColumn::BatchId).toString();
    attempt.phone.setActive(valueOf(query, AttemptColumn::Active).toInt() != 0);
    attempt.phonePassSet = valueOf(query, AttemptColumn::PhonePassSet).toInt() != 0;
    attempt.registrationPasswordSet =
        valueOf(query, AttemptColumn::RegistrationPasswordSet).toInt() != 0;
    attempt.finished = valueOf(query, AttemptColumn::Finished).toInt() != 0;
    if (attempt.finished) {
        // A key this version does not know (a newer program wrote it) is
        // shown as a reply we cannot read rather than dropped.
        if (!outcomeFromKey(valueOf(query, AttemptColumn::Outcome).toString(), &attempt.outcome))
            attempt.outcome = Outcome::Unrecognised;
    }
    attempt.httpStatus = valueOf(query, AttemptColumn::HttpStatus).toInt();
    attempt.message = valueOf(query, AttemptColumn::Message).toString();
    attempt.redactedRequest = valueOf(query, AttemptColumn::Request).toString();
    attempt.redactedReply = valueOf(query, AttemptColumn::Reply).toString();
    attempt.durationMs = valueOf(query, AttemptColumn::DurationMs).toLongLong();
    attempt.verify = valueOf(query, AttemptColumn::Verify).toInt() != 0;
    attempt.systemKey = valueOf(query, AttemptColumn::SystemKey).toString();
    attempt.systemName = valueOf(query, AttemptColumn::SystemName).toString();
    attempt.serverBuild = valueOf(query, AttemptColumn::ServerBuild).toString();
    attempt.aliasId = valueOf(query, AttemptColumn::AliasId).toString();
    attempt.osUser = valueOf(query, AttemptColumn::OsUser).toString();
    attempt.machine = valueOf(query, AttemptColumn::Machine).toString();
    attempt.aliasName = valueOf(query, AttemptColumn::AliasName).toString();
    const QString logins = valueOf(query, AttemptColumn::AliasLogins).toString();
    attempt.aliasLogins = logins.isEmpty() ? QStringList() : logins.split(QLatin1Char(','));
    const QStringList &columns = phoneColumns();
    for (int i = 0; i < columns.size(); ++i)
        attempt.phone.setValue(*phoneFieldFromApiName(columns.at(i)),
                               query.value(int(AttemptColumn::FirstPhoneColumn) + i).toString());
    return attempt;
}

Where buildWhere(const HistoryFilter &filter, Dialect dialect)
{
    QStringList conditions;
    Where where;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        static const char *const searched[] = {
            "extension", "phone_login", "phone_full_name", "server_ip", "server_url",
            "message",   "batch_id",    "system_name",     "alias_id",  "alias_name"};
        QStringList alternatives;
        // SQLite's LIKE ignores (ASCII) case; the servers' compare exactly.
        const bool fold = dialect != Dialect::Sqlite;
        const QString pattern = likePattern(fold ? text.toLower() : text);
        for (const char *column : searched) {
            const QString name = "a."_L1 + QLatin1String(column);
            alternatives.append((fold ? "LOWER("_L1 + name + QLatin1Char(')') : name) +
                                " LIKE ? ESCAPE '!'"_L1);
            where.values.append(pattern);
        }
        conditions.append(QLatin1Char('(') + alternatives.join(" OR "_L1) + QLatin1Char(')'));
    }
    if (!filter.outcomes.isEmpty()) {
        QStringList marks;
        for (Outcome outcome : filter.outcomes) {
            marks.append(u"?"_s);
            where.values.append(outcomeKey(outcome));
        }
        conditions.append("a.outcome IN ("_L1 + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    }
    if (filter.from.isValid()) {
        conditions.append(u"a.started_at >= ?"_s);
        where.values.append(toMs(filter.from));
    }
    if (filter.to.isValid()) {
        conditions.append(u"a.started_at <= ?"_s);
        where.values.append(toMs(filter.to));
    }
    if (!filter.batchId.isEmpty()) {
        conditions.append(u"a.batch_id = ?"_s);
        where.values.append(filter.batchId);
    }
    if (!filter.systemKey.isEmpty()) {
        conditions.append(u"a.system_key = ?"_s);
        where.values.append(filter.systemKey);
    }
    if (!filter.serverIp.trimmed().isEmpty()) {
        conditions.append(u"a.server_ip = ?"_s);
        where.values.append(filter.serverIp.trimmed());
    }
    const std::pair<const QString &, const char *> who[] = {{filter.osUser, "a.os_user = ?"},
                                                            {filter.machine, "a.machine = ?"},
                                                            {filter.apiUser, "a.api_user = ?"}};
    for (const auto &[value, condition] : who) {
        if (!value.trimmed().isEmpty()) {
            conditions.append(QLatin1String(condition));
            where.values.append(value.trimmed());
        }
    }
    if (filter.onlyUnresolvedUnknown) {
        // Unknown: the phone may or may not exist. Resolved: a later attempt
        // for the same extension got a definite answer.
        QStringList unknownKeys;
        for (int i = 0; i < OutcomeCount; ++i) {
            if (isUnknown(static_cast<Outcome>(i)))
                unknownKeys.append(outcomeKey(static_cast<Outcome>(i)));
        }
        QStringList marks;
        for (int i = 0; i < unknownKeys.size(); ++i)
            marks.append(u"?"_s);
        const QString list = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        conditions.append("a.finished = 1 AND a.outcome IN "_L1 + list +
                          " AND NOT EXISTS (SELECT 1 FROM attempts later"
                          " WHERE later.system_key = a.system_key"
                          " AND later.extension_key = a.extension_key"
                          " AND later.id > a.id AND later.finished = 1"
                          " AND later.outcome NOT IN "_L1 +
                          list + QLatin1Char(')'));
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString &key : std::as_const(unknownKeys))
                where.values.append(key);
        }
    }
    if (!conditions.isEmpty())
        where.sql = " WHERE "_L1 + conditions.join(" AND "_L1);
    return where;
}

void bindAll(QSqlQuery &query, const QVariantList &values, int first)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(first + i, values.at(i));
}

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace vp::historydb
