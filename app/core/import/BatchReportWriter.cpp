#include "import/BatchReportWriter.h"

#include "import/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>

namespace vp {

namespace {

QString safeCell(const QString &cell)
{
    if (!cell.isEmpty() && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-' ||
                            cell.front() == u'@' || cell.front() == u'\t' || cell.front() == u'\r'))
        return u'\'' + cell;
    return cell;
}

QStringList safeRow(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out << safeCell(cell);
    return out;
}

bool writeFile(const QString &path, const QByteArray &data, bool ownerOnly, QString *error)
{
    QFile file(path);
    const QFileDevice::Permissions ownerPermissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // An existing file keeps its permissions when truncated: narrow them first.
    if (ownerOnly && file.exists() && !file.setPermissions(ownerPermissions)) {
        if (error)
            *error = BatchReportWriter::tr("Cannot restrict %1 to its owner: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const bool opened =
        ownerOnly ? file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerPermissions)
                  : file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    if (!opened || file.write(data) != data.size() || !file.flush()) {
        if (error)
            *error = BatchReportWriter::tr("Cannot write %1: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QByteArray BatchReportWriter::reportCsv(const QList<BatchReportRow> &rows)
{
    QByteArray out = writeCsvRow({QStringLiteral("line"), QStringLiteral("extension"),
                                  QStringLiteral("server_ip"), QStringLiteral("phone_login"),
                                  QStringLiteral("phone_full_name"), QStringLiteral("outcome"),
                                  QStringLiteral("result"), QStringLiteral("message")});
    for (const BatchReportRow &row : rows) {
        const QString key = row.finished ? outcomeKey(row.outcome) : QStringLiteral("not_sent");
        const QString title = row.finished ? outcomeTitle(row.outcome) : tr("Not sent");
        out += writeCsvRow(
            safeRow({row.line > 0 ? QString::number(row.line) : QString(), row.phone.extension(),
                     row.phone.serverIp(), row.phone.login(),
                     row.phone.value(PhoneField::PhoneFullName), key, title, row.message}));
    }
    return out;
}

bool BatchReportWriter::writeReport(const QString &path, const QList<BatchReportRow> &rows,
                                    QString *error)
{
    return writeFile(path, reportCsv(rows), false, error);
}

QByteArray BatchReportWriter::handoutCsv(const QList<PhoneRecord> &phones)
{
    QByteArray out = writeCsvRow(
        {QStringLiteral("extension"), QStringLiteral("server_ip"), QStringLiteral("phone_login"),
         QStringLiteral("phone_pass"), QStringLiteral("registration_password"),
         QStringLiteral("phone_full_name"), QStringLiteral("dialplan_number")});
    for (const PhoneRecord &phone : phones) {
        out += writeCsvRow(safeRow(
            {phone.extension(), phone.serverIp(), phone.login(), phone.value(PhoneField::PhonePass),
             phone.value(PhoneField::RegistrationPassword), phone.value(PhoneField::PhoneFullName),
             phone.value(PhoneField::DialplanNumber)}));
    }
    return out;
}

bool BatchReportWriter::writeHandout(const QString &path, const QList<PhoneRecord> &phones,
                                     QString *error)
{
    return writeFile(path, handoutCsv(phones), true, error);
}

QString BatchReportWriter::summary(const QList<BatchReportRow> &rows)
{
    int added = 0, existed = 0, unknown = 0, notSent = 0;
    QMap<QString, int> failed;
    int failedTotal = 0;
    for (const BatchReportRow &row : rows) {
        if (!row.finished || row.outcome == Outcome::Cancelled) {
            ++notSent;
        } else if (isSuccess(row.outcome)) {
            ++added;
        } else if (row.outcome == Outcome::AlreadyExistsOnServer) {
            ++existed;
        } else if (isUnknown(row.outcome)) {
            ++unknown;
        } else {
            ++failed[outcomeTitle(row.outcome)];
            ++failedTotal;
        }
    }
    QStringList reasons;
    for (auto it = failed.cbegin(); it != failed.cend(); ++it)
        reasons << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    QString text =
        tr("added %1, already existed %2, failed %3").arg(added).arg(existed).arg(failedTotal);
    if (!reasons.isEmpty())
        text += QStringLiteral(" (") + reasons.join(QStringLiteral(", ")) + u')';
    text += tr(", unknown %1, not sent %2").arg(unknown).arg(notSent);
    return text;
}

} // namespace vp
