// The plan of every batch, kept beside the attempt history so that a batch
// cut short (crash, kill, power loss, quit while sending) can be continued:
// the rows as they were to be sent (without passwords), who runs the batch,
// and whether it is still open. What happened to each row is not kept here:
// it is read from the history's attempts, which are written before each
// request leaves, so the two can never disagree.
//
// The passwords of a batch are not in this file: the caller keeps them in the
// secret store (the system keychain) under secretKey(batchId) and removes
// them when the batch closes.
//
// Same SQLite file as the history (its own tables and connection; WAL lets the
// desktop app and the command-line tool share it). One instance per thread.
#pragma once

#include "history/HistoryTypes.h"
#include "model/Operation.h"
#include "model/PhoneRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace vp {

class HistoryStore;

struct BatchPlanRow
{
    int seq = 0;        // 0-based position in the batch
    int sourceLine = 0; // line in the source file or generator position; 0 = none
    PhoneRecord phone;  // passwords emptied (set when handed to begin(): they are dropped)
    bool phonePassSet = false;
    bool registrationPasswordSet = false;
    // What the row does: add (the default, and every row of an older file),
    // change `fields`, switch on or off (phone's active flag), or delete.
    Operation::Kind kind = Operation::Kind::AddPhone;
    QList<PhoneField> fields; // UpdatePhone: the fields it changes
    // AddPhone in an import's "add or update" mode: an extension that
    // already exists is updated with the row's fields.
    bool updateIfExists = false;

    // The row as an operation, with the phone as given (no passwords when
    // read back from the journal).
    Operation operation() const;
    static BatchPlanRow fromOperation(const Operation &operation, int sourceLine = 0,
                                      bool updateIfExists = false);
};

// A row of the batch's list that was not sent on purpose.
struct BatchSkippedRow
{
    int sourceLine = 0;
    PhoneRecord phone; // passwords are never kept
    // Why: "invalid" (a rule), "duplicate" (repeats an earlier row of the
    // list), "already_added" (added on this system earlier), as the report's key.
    QString reason;
    QString message; // the reasons shown in the preview, translated
};

struct BatchInfo
{
    QString batchId;
    QDateTime createdAt; // UTC
    QString label;       // "agents.csv", "Generated 1001-1200", ...
    QString serverUrl, apiUser;
    // Passwords were made by the generator (so new ones may be made for rows
    // that never reached the server), not typed or read from a file.
    bool passwordsGenerated = false;
    QString ownerSession; // HistoryStore::sessionId() of the process running it
    int rowCount = 0;
    // An undo: the batch whose phones it deletes (empty otherwise).
    QString undoOf;
};

// A batch of operations asked for by the desktop app (the Phones window's
// bulk actions, an undo): its rows go through the batch panel, journaled,
// like an import's. info.serverUrl and apiUser are filled in by whoever
// sends it, from the connection of systemKey.
struct BatchRequest
{
    BatchInfo info;
    QString systemKey; // VicidialSystem::key: the rows go there and nowhere else
    QList<BatchPlanRow> rows;
};

// What one planned row came to, from its latest attempts in the history.
// The names are an add's; for the other operations Added means done (changed,
// switched, deleted) and AlreadyExisted that there was nothing to do (a
// delete of a phone that is not there any more).
enum class BatchRowState
{
    NotSent,        // no request reached the server: safe to send
    Added,          // created (including "already exists" after an unknown outcome), or done
    AlreadyExisted, // refused as already there, without an earlier unknown attempt
    Failed,         // refused for a reason the row must be fixed for
    Unknown         // sent, no definite answer: the phone may exist
};

struct BatchRowStatus
{
    BatchPlanRow row;
    BatchRowState state = BatchRowState::NotSent;
    bool hasAttempt = false;
    HistoryAttempt attempt; // the latest attempt of the row's operation, when hasAttempt
};

struct BatchProgress
{
    BatchInfo info;
    QList<BatchRowStatus> rows;
    QList<BatchSkippedRow> skipped; // rows of the list not sent on purpose
    int count(BatchRowState state) const;
    // Rows the batch still has to send: never sent or unknown.
    bool hasWorkLeft() const;
};

class BatchJournal
{
    Q_DECLARE_TR_FUNCTIONS(BatchJournal)

public:
    // Opens the journal tables in the history's file (or in memory when the
    // history is in memory); creates them when missing.
    explicit BatchJournal(HistoryStore &history);
    ~BatchJournal();
    BatchJournal(const BatchJournal &) = delete;
    BatchJournal &operator=(const BatchJournal &) = delete;

    bool isOpen() const;
    QString lastError() const;

    // Records the plan before the first row is sent (one transaction). The
    // owner is this process's history session. passwords are dropped.
    // skipped: the list's rows not sent on purpose, kept for the report.
    bool begin(const BatchInfo &info, const QList<PhoneRecord> &phones,
               const QList<int> &sourceLines, const QList<BatchSkippedRow> &skipped = {});
    // The same for rows of any operation (seq is their position here).
    bool begin(const BatchInfo &info, const QList<BatchPlanRow> &rows,
               const QList<BatchSkippedRow> &skipped = {});
    // A row fixed before being sent again (by its source line): the plan
    // follows, so its state is read from the attempts of the fixed phone.
    bool updatePlanPhone(const QString &batchId, int sourceLine, const PhoneRecord &phone);
    // Takes over an open batch for this process (when continuing it).
    bool adopt(const QString &batchId);
    // The batch needs nothing more (every row definite, or the user discards
    // what is left): it is no longer offered for continuing.
    bool close(const QString &batchId);

    // Open batches whose owner process is gone (crashed, killed, quit), newest first.
    QList<BatchInfo> orphanedBatches() const;
    std::optional<BatchInfo> batch(const QString &batchId) const;
    QList<BatchPlanRow> plan(const QString &batchId) const;
    QList<BatchSkippedRow> skippedRows(const QString &batchId) const;
    // The plan joined with the history: each row's state now.
    BatchProgress progress(const QString &batchId) const;

    // The secret store key for a batch's passwords.
    static QString secretKey(const QString &batchId);
    // The classification used by progress() (exposed for tests and the CLI).
    static BatchRowState stateOf(const HistoryAttempt &attempt);
    // For a row of another operation than an add (the attempt of its own
    // function): done, nothing to do (a delete of a phone not there), failed.
    static BatchRowState stateOf(const HistoryAttempt &attempt, Operation::Kind kind);

private:
    bool createTables();
    void reopenIfLost();
    bool fail(const QString &what, const QString &detail) const;

    HistoryStore &m_history;
    QString m_connectionName;
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace vp

Q_DECLARE_METATYPE(vp::BatchSkippedRow)
