// CSV export of the history, streamed row by row so a large history does not
// sit in memory.
#include "history/HistoryStorePrivate.h"
#include "import/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlError>

namespace vp {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

bool HistoryStore::exportCsv(const HistoryFilter &filter, QIODevice *out, QString *error) const
{
    auto failExport = [&](const QString &message) {
        m_d->lastError = message;
        if (error)
            *error = message;
        return false;
    };
    if (!isOpen())
        return failExport(tr("The history is not open"));
    if (!out || !out->isWritable())
        return failExport(tr("The export file is not open for writing"));

    const QStringList &phoneColumns = historydb::phoneColumns();
    QStringList header = {QStringLiteral("id"),          QStringLiteral("started_at"),
                          QStringLiteral("finished_at"), QStringLiteral("batch_id"),
                          QStringLiteral("server_url"),  QStringLiteral("api_user"),
                          QStringLiteral("method"),      QStringLiteral("function")};
    header += phoneColumns;
    header += {QStringLiteral("system"), QStringLiteral("system_name")};
    header +=
        {QStringLiteral("active"),      QStringLiteral("outcome"),     QStringLiteral("result"),
         QStringLiteral("http_status"), QStringLiteral("duration_ms"), QStringLiteral("verify"),
         QStringLiteral("message"),     QStringLiteral("reply")};
    if (out->write(CsvWriter::row(header)) < 0)
        return failExport(tr("Could not write the export: %1").arg(out->errorString()));

    const historydb::Where where = historydb::buildWhere(filter);
    QSqlQuery query(m_d->db);
    query.setForwardOnly(true);
    if (!query.prepare(QLatin1String("SELECT ") + historydb::attemptColumns() +
                       QLatin1String(" FROM attempts a") + where.sql +
                       QLatin1String(" ORDER BY a.started_at DESC, a.id DESC"))) {
        return failExport(tr("Could not read the history: %1").arg(query.lastError().text()));
    }
    historydb::bindAll(query, where.values);
    if (!query.exec())
        return failExport(tr("Could not read the history: %1").arg(query.lastError().text()));

    const auto yesNo = [](bool value) { return value ? QStringLiteral("Y") : QStringLiteral("N"); };
    while (query.next()) {
        const HistoryAttempt attempt = historydb::attemptFromRow(query);
        QStringList cells = {QString::number(attempt.id),
                             isoTime(attempt.startedAt),
                             isoTime(attempt.finishedAt),
                             attempt.batchId,
                             attempt.serverUrl,
                             attempt.apiUser,
                             attempt.method,
                             attempt.function};
        for (const QString &column : phoneColumns)
            cells.append(attempt.phone.value(*phoneFieldFromApiName(column)));
        cells += {attempt.systemKey, attempt.systemName};
        cells += {yesNo(attempt.phone.isActive()),
                  attempt.finished ? outcomeKey(attempt.outcome) : QStringLiteral("sending"),
                  attempt.finished ? outcomeTitle(attempt.outcome) : tr("Sending"),
                  QString::number(attempt.httpStatus),
                  QString::number(attempt.durationMs),
                  yesNo(attempt.verify),
                  attempt.message,
                  attempt.redactedReply};
        if (out->write(CsvWriter::row(cells)) < 0)
            return failExport(tr("Could not write the export: %1").arg(out->errorString()));
    }
    return true;
}

} // namespace vp
