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
};

class BatchReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(BatchReportWriter)

public:
    // Header line, RFC 4180, CRLF, UTF-8; cells a spreadsheet would run as a
    // formula (= + - @ first) get a leading apostrophe.
    static QByteArray reportCsv(const QList<BatchReportRow> &rows);
    static bool writeReport(const QString &path, const QList<BatchReportRow> &rows,
                            QString *error = nullptr);

    // extension, server, login, login password, registration password, name,
    // dial plan number: what an agent needs to register a softphone.
    static QByteArray handoutCsv(const QList<PhoneRecord> &phones);
    // The file is created (or truncated) with permissions 0600 before any
    // byte is written.
    static bool writeHandout(const QString &path, const QList<PhoneRecord> &phones,
                             QString *error = nullptr);

    // "added 180, already existed 3, failed 2 (Login already exists 2), unknown 1, not sent 14"
    static QString summary(const QList<BatchReportRow> &rows);
};

} // namespace vp
