// How attempts map to rows and filters to SQL, shared by the queries of
// HistoryStore.cpp and the export of HistoryExport.cpp.
#include "history/HistoryStorePrivate.h"

namespace vp::historydb {

namespace {
// The columns before the phone fields in attemptColumns(), in order.
enum Column
{
    Id,
    StartedAt,
    FinishedAt,
    ServerUrl,
    ApiUser,
    Method,
    ApiFunction,
    BatchId,
    Active,
    PhonePassSet,
    RegistrationPasswordSet,
    Finished,
    OutcomeColumn,
    HttpStatus,
    Message,
    Request,
    Reply,
    DurationMs,
    Verify,
    SystemKey,
    SystemName,
    ServerBuild,
    FirstPhoneColumn
};

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
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

const QString &attemptColumns()
{
    static const QString columns = [] {
        QString list = QStringLiteral(
            "a.id, a.started_at, a.finished_at, a.server_url, a.api_user, a.method,"
            " a.api_function, a.batch_id, a.active, a.phone_pass_set,"
            " a.registration_password_set, a.finished, a.outcome, a.http_status, a.message,"
            " a.request, a.reply, a.duration_ms, a.verify, a.system_key, a.system_name,"
            " a.server_build");
        for (const QString &column : phoneColumns())
            list += QLatin1String(", a.") + column;
        return list;
    }();
    return columns;
}

HistoryAttempt attemptFromRow(const QSqlQuery &query)
{
    HistoryAttempt attempt;
    attempt.id = query.value(Id).toLongLong();
    attempt.startedAt = fromMs(query.value(StartedAt));
    attempt.finishedAt = fromMs(query.value(FinishedAt));
    attempt.serverUrl = query.value(ServerUrl).toString();
    attempt.apiUser = query.value(ApiUser).toString();
    attempt.method = query.value(Method).toString();
    attempt.function = query.value(ApiFunction).toString();
    attempt.batchId = query.value(BatchId).toString();
    attempt.phone.setActive(query.value(Active).toInt() != 0);
    attempt.phonePassSet = query.value(PhonePassSet).toInt() != 0;
    attempt.registrationPasswordSet = query.value(RegistrationPasswordSet).toInt() != 0;
    attempt.finished = query.value(Finished).toInt() != 0;
    if (attempt.finished) {
        // A key this version does not know (a newer program wrote it) is
        // shown as a reply we cannot read rather than dropped.
        if (!outcomeFromKey(query.value(OutcomeColumn).toString(), &attempt.outcome))
            attempt.outcome = Outcome::Unrecognised;
    }
    attempt.httpStatus = query.value(HttpStatus).toInt();
    attempt.message = query.value(Message).toString();
    attempt.redactedRequest = query.value(Request).toString();
    attempt.redactedReply = query.value(Reply).toString();
    attempt.durationMs = query.value(DurationMs).toLongLong();
    attempt.verify = query.value(Verify).toInt() != 0;
    attempt.systemKey = query.value(SystemKey).toString();
    attempt.systemName = query.value(SystemName).toString();
    attempt.serverBuild = query.value(ServerBuild).toString();
    const QStringList &columns = phoneColumns();
    for (int i = 0; i < columns.size(); ++i)
        attempt.phone.setValue(*phoneFieldFromApiName(columns.at(i)),
                               query.value(FirstPhoneColumn + i).toString());
    return attempt;
}

Where buildWhere(const HistoryFilter &filter)
{
    QStringList conditions;
    Where where;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        static const char *const searched[] = {"extension", "phone_login", "phone_full_name",
                                               "server_ip", "server_url",  "message",
                                               "batch_id",  "system_name"};
        QStringList alternatives;
        const QString pattern = likePattern(text);
        for (const char *column : searched) {
            alternatives.append(QLatin1String("a.") + QLatin1String(column) +
                                QLatin1String(" LIKE ? ESCAPE '\\'"));
            where.values.append(pattern);
        }
        conditions.append(QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) +
                          QLatin1Char(')'));
    }
    if (!filter.outcomes.isEmpty()) {
        QStringList marks;
        for (Outcome outcome : filter.outcomes) {
            marks.append(QStringLiteral("?"));
            where.values.append(outcomeKey(outcome));
        }
        conditions.append(QLatin1String("a.outcome IN (") + marks.join(QLatin1Char(',')) +
                          QLatin1Char(')'));
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("a.started_at >= ?"));
        where.values.append(toMs(filter.from));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("a.started_at <= ?"));
        where.values.append(toMs(filter.to));
    }
    if (!filter.batchId.isEmpty()) {
        conditions.append(QStringLiteral("a.batch_id = ?"));
        where.values.append(filter.batchId);
    }
    if (!filter.systemKey.isEmpty()) {
        conditions.append(QStringLiteral("a.system_key = ?"));
        where.values.append(filter.systemKey);
    }
    if (!filter.serverIp.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("a.server_ip = ?"));
        where.values.append(filter.serverIp.trimmed());
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
            marks.append(QStringLiteral("?"));
        const QString list = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        conditions.append(QLatin1String("a.finished = 1 AND a.outcome IN ") + list +
                          QLatin1String(" AND NOT EXISTS (SELECT 1 FROM attempts later"
                                        " WHERE later.system_key = a.system_key"
                                        " AND later.extension_key = a.extension_key"
                                        " AND later.id > a.id AND later.finished = 1"
                                        " AND later.outcome NOT IN ") +
                          list + QLatin1Char(')'));
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString &key : std::as_const(unknownKeys))
                where.values.append(key);
        }
    }
    if (!conditions.isEmpty())
        where.sql = QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
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
