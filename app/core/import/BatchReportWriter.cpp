#include "import/BatchReportWriter.h"

#include "import/CsvWriter.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

// A report replaces the file whole or not at all.
bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
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
    QByteArray out = CsvWriter::row({u"line"_s, u"extension"_s, u"server_ip"_s, u"phone_login"_s,
                                     u"phone_full_name"_s, u"sent"_s, u"outcome"_s, u"message"_s});
    for (const BatchReportRow &row : rows) {
        QString key;
        if (!row.skipped.isEmpty())
            key = row.skipped;
        else if (!row.finished || row.outcome == Outcome::Cancelled)
            key = u"not_sent"_s;
        else
            key = outcomeKey(row.outcome);
        out += CsvWriter::row({row.line > 0 ? QString::number(row.line) : QString(),
                               row.phone.extension(), row.phone.serverIp(), row.phone.login(),
                               row.phone.value(PhoneField::PhoneFullName),
                               row.wasSent() ? u"yes"_s : u"no"_s, key, row.message});
    }
    return out;
}

bool BatchReportWriter::writeReport(const QString &path, const QList<BatchReportRow> &rows,
                                    QString *error)
{
    return writeFile(path, reportCsv(rows), error);
}

QByteArray BatchReportWriter::handoutHeader()
{
    return CsvWriter::row({u"extension"_s, u"server_ip"_s, u"phone_login"_s, u"phone_pass"_s,
                           u"registration_password"_s, u"phone_full_name"_s, u"dialplan_number"_s});
}

QByteArray BatchReportWriter::handoutRow(const PhoneRecord &phone)
{
    return CsvWriter::row(
        {phone.extension(), phone.serverIp(), phone.login(), phone.value(PhoneField::PhonePass),
         phone.value(PhoneField::RegistrationPassword), phone.value(PhoneField::PhoneFullName),
         phone.value(PhoneField::DialplanNumber)});
}

QByteArray BatchReportWriter::handoutCsv(const QList<PhoneRecord> &phones)
{
    QByteArray out = handoutHeader();
    for (const PhoneRecord &phone : phones)
        out += handoutRow(phone);
    return out;
}

bool BatchReportWriter::writeHandout(const QString &path, const QList<PhoneRecord> &phones,
                                     QString *error)
{
    HandoutFile file(path);
    if (!file.open(true, error))
        return false;
    for (const PhoneRecord &phone : phones) {
        if (!file.append(phone, error))
            return false;
    }
    return true;
}

HandoutFile::~HandoutFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool HandoutFile::open(bool truncate, QString *error)
{
    const auto failed = [&](const QString &what) {
        if (error)
            *error = tr("%1: %2").arg(m_path, what);
        return false;
    };
    const QByteArray name = QFile::encodeName(m_path);
    // 0600 from creation; an existing file is narrowed before anything is
    // written to it (open() keeps the mode of a file that exists).
    m_fd = ::open(name.constData(),
                  O_WRONLY | O_CREAT | O_CLOEXEC | (truncate ? O_TRUNC : O_APPEND), 0600);
    if (m_fd < 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    if (::fchmod(m_fd, 0600) != 0)
        return failed(tr("cannot restrict it to its owner: %1")
                          .arg(QString::fromLocal8Bit(std::strerror(errno))));
    struct stat info = {};
    if (::fstat(m_fd, &info) == 0 && info.st_size == 0) {
        const QByteArray header = BatchReportWriter::handoutHeader();
        if (::write(m_fd, header.constData(), size_t(header.size())) != header.size())
            return failed(QString::fromLocal8Bit(std::strerror(errno)));
    }
    return true;
}

bool HandoutFile::append(const PhoneRecord &phone, QString *error)
{
    if (m_fd < 0 && !open(false, error))
        return false;
    const QByteArray row = BatchReportWriter::handoutRow(phone);
    // One write per row, on a file opened for appending: a kill leaves whole rows.
    if (::write(m_fd, row.constData(), size_t(row.size())) != row.size()) {
        if (error)
            *error = tr("%1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    ++m_rows;
    return true;
}

QString BatchReportWriter::summary(const QList<BatchReportRow> &rows)
{
    int added = 0, existed = 0, unknown = 0, notSent = 0, skipped = 0;
    QMap<QString, int> failed;
    int failedTotal = 0;
    for (const BatchReportRow &row : rows) {
        if (!row.skipped.isEmpty()) {
            ++skipped;
        } else if (!row.finished || row.outcome == Outcome::Cancelled) {
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
        reasons << u"%1 %2"_s.arg(it.key()).arg(it.value());
    QString text =
        tr("added %1, already existed %2, failed %3").arg(added).arg(existed).arg(failedTotal);
    if (!reasons.isEmpty())
        text += u" ("_s + reasons.join(u", "_s) + u')';
    text += tr(", unknown %1, not sent %2").arg(unknown).arg(notSent);
    if (skipped > 0)
        text += tr(", skipped %1").arg(skipped);
    return text;
}

} // namespace vp
