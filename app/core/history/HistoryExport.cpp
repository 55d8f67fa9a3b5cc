// CSV export of the history, streamed row by row so a large history does not
// sit in memory.
#include "history/HistoryStorePrivate.h"
#include "import/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlError>

using namespace Qt::StringLiterals;

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
    QStringList header = {u"id"_s,         u"started_at"_s, u"finished_at"_s, u"batch_id"_s,
                          u"server_url"_s, u"api_user"_s,   u"method"_s,      u"function"_s};
    header += phoneColumns;
    header += {u"system"_s, u"system_name"_s};
    header += {u"active"_s,      u"outcome"_s, u"result"_s,  u"http_status"_s,
               u"duration_ms"_s, u"verify"_s,  u"message"_s, u"reply"_s};
    // Who sent it (api_user is above); last, so older spreadsheets keep their columns.
    header += {u"os_user"_s, u"machine"_s};
    if (out->write(CsvWriter::row(header)) < 0)
        return failExport(tr("Could not write the export: %1").arg(out->errorString()));

    const historydb::Where where = historydb::buildWhere(filter, historydb::dialectOf(m_d->db));
    QSqlQuery query(m_d->db);
    query.setForwardOnly(true);
    if (!query.prepare("SELECT "_L1 + historydb::attemptColumns() + " FROM attempts a"_L1 +
                       where.sql + " ORDER BY a.started_at DESC, a.id DESC"_L1)) {
        return failExport(tr("Could not read the history: %1").arg(query.lastError().text()));
    }
    historydb::bindAll(query, where.values);
    if (!query.exec())
        return failExport(tr("Could not read the history: %1").arg(query.lastError().text()));

    const auto yesNo = [](bool value) { return value ? u"Y"_s : u"N"_s; };
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
                  attempt.finished ? outcomeKey(attempt.outcome) : u"sending"_s,
                  attempt.finished ? outcomeTitle(attempt.outcome) : tr("Sending"),
                  QString::number(attempt.httpStatus),
                  QString::number(attempt.durationMs),
                  yesNo(attempt.verify),
                  attempt.message,
                  attempt.redactedReply};
        cells += {attempt.osUser, attempt.machine};
        if (out->write(CsvWriter::row(cells)) < 0)
            return failExport(tr("Could not write the export: %1").arg(out->errorString()));
    }
    return true;
}

} // namespace vp
