// Writes what a batch did: the result report (every row with its outcome and
// message, no secrets) and, only on the user's explicit request, the agent
// handout with logins and passwords, created readable by its owner alone.
#pragma once

#include "model/Outcome.h"
#include "model/PhoneRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace vp {

struct BatchReportRow
{
    int line = 0;          // source line (file or generator position); 0 if none
    PhoneRecord phone;     // secrets are ignored
    bool finished = false; // false: never sent (cancelled, stopped, still queued)
    Outcome outcome = Outcome::Cancelled;
    QString message; // the server's message in plain words (already redacted)
    // Not sent on purpose, and why: "invalid" (a rule), "duplicate" (repeats
    // an earlier row of the list), "already_added" (added on this system
    // earlier). Empty for rows that were to be sent.
    QString skipped;

    // The request reached the server (or may have): not skipped, not cancelled.
    bool wasSent() const { return skipped.isEmpty() && finished && outcome != Outcome::Cancelled; }
};

// The agent handout, written a row at a time as phones are confirmed (a run
// that is killed keeps what it wrote). The file is created readable by its
// owner alone before any byte is written; an existing one is narrowed to that
// first.
class HandoutFile
{
    Q_DECLARE_TR_FUNCTIONS(HandoutFile)

public:
    explicit HandoutFile(const QString &path) : m_path(path) {}
    ~HandoutFile();
    HandoutFile(const HandoutFile &) = delete;
    HandoutFile &operator=(const HandoutFile &) = delete;

    // truncate: start a new file; else append to what an earlier run wrote.
    bool open(bool truncate, QString *error);
    bool append(const PhoneRecord &phone, QString *error);
    int rows() const { return m_rows; }

private:
    QString m_path;
    int m_fd = -1;
    int m_rows = 0;
};

class BatchReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(BatchReportWriter)

public:
    // Every row of the input, skipped ones included: line, extension,
    // server_ip, phone_login, phone_full_name, sent (yes/no), outcome (a key:
    // "added", "login_exists", "not_sent", "invalid", "duplicate",
    // "already_added", ...) and message. Header line, RFC 4180, CRLF, UTF-8;
    // cells a spreadsheet would run as a formula (= + - @ first) get a
    // leading apostrophe. The desktop app and the CLI write the same columns.
    static QByteArray reportCsv(const QList<BatchReportRow> &rows);
    static bool writeReport(const QString &path, const QList<BatchReportRow> &rows,
                            QString *error = nullptr);

    // extension, server, login, login password, registration password, name,
    // dial plan number: what an agent needs to register a softphone.
    static QByteArray handoutCsv(const QList<PhoneRecord> &phones);
    static QByteArray handoutHeader();
    static QByteArray handoutRow(const PhoneRecord &phone);
    // The file is created (or truncated) with permissions 0600 before any
    // byte is written.
    static bool writeHandout(const QString &path, const QList<PhoneRecord> &phones,
                             QString *error = nullptr);

    // "added 180, already existed 3, failed 2 (Login already exists 2), unknown 1, not sent 14,
    // skipped 3"
    static QString summary(const QList<BatchReportRow> &rows);
};

} // namespace vp
