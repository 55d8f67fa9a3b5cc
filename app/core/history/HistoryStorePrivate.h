// Internals shared by HistoryStore.cpp, HistoryMigrations.cpp and
// HistoryExport.cpp. Not part of the core library's interface.
#pragma once

#include "history/HistoryStore.h"

#include <QHash>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace vp {

struct HistoryStore::Private
{
    QString connectionName;
    QSqlDatabase db;
    QString path; // empty for an in-memory database
    int schemaVersion = 0;
    mutable QString lastError;
    // Prepared once: recordStart is on the sending path of every request.
    std::unique_ptr<QSqlQuery> insertQuery;
    std::unique_ptr<QSqlQuery> finishQuery;
    // Between beginGroup() and commitGroup(); the ids written meanwhile.
    bool inGroup = false;
    QList<qint64> groupIds;
    // Asked once per row by an import (100,000 times for a large file).
    std::unique_ptr<QSqlQuery> wasAddedQuery;
    std::unique_ptr<QSqlQuery> loginWasAddedQuery;
    // Every open store is a session; its lock file tells other processes that
    // its unfinished rows are still in flight, not orphans of a crash.
    QString sessionId;
    std::unique_ptr<QLockFile> sessionLock;
    // The passwords of attempts in flight, to scrub them from replies and
    // messages should a caller forget to redact (kept in memory only).
    QHash<qint64, QStringList> pendingSecrets;

    QString location() const; // the path, or "(in memory)", for messages
    bool prepareWrites();
    bool runPlain(const QString &sql);
    bool fail(const QString &what, const QSqlQuery &query) const;
    bool fail(const QString &what, const QString &detail) const;
};

namespace historydb {

// The non-secret add_phone fields, one column each, named after the API.
const QStringList &phoneColumns();
// The same, as fields (no name lookup per row when writing).
const QList<PhoneField> &phoneColumnFields();
// The columns of attempts besides the phone fields, written once: the order
// the INSERT of recordStart() lists them in and the SELECT that
// attemptFromRow() reads. The phone fields follow, in phoneColumns() order.
enum class AttemptColumn
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
    ExtensionKey,
    LoginKey,
    Session,
    Finished,
    Outcome,
    HttpStatus,
    Message,
    Request,
    Reply,
    DurationMs,
    Verify,
    SystemKey,
    SystemName,
    ServerBuild,
    AliasId,
    AliasName,
    AliasLogins,
    FirstPhoneColumn
};
// Every column of attempts, id and phone fields included, in that order.
const QStringList &attemptColumnNames();
// The SELECT list (table alias "a") that attemptFromRow() reads.
const QString &attemptColumns();
// INSERT of every column but id, one placeholder each; the placeholder of a
// column is insertPosition(column).
const QString &attemptInsertSql();
constexpr int insertPosition(AttemptColumn column)
{
    return int(column) - 1;
}
HistoryAttempt attemptFromRow(const QSqlQuery &query);

struct Where
{
    QString sql; // "" or " WHERE ..."
    QVariantList values;
};
Where buildWhere(const HistoryFilter &filter);
void bindAll(QSqlQuery &query, const QVariantList &values, int first = 0);

qint64 toMs(const QDateTime &time);
QDateTime fromMs(const QVariant &value);

// Brings the schema to currentSchemaVersion() inside one IMMEDIATE transaction,
// so two processes opening an old file at once migrate it once.
bool migrate(QSqlDatabase &db, int *version, QString *error);
constexpr int kCurrentSchemaVersion = 7;
// The batch journal's tables (schema version 4). Also run by a journal whose
// history is in memory (a private database of its own connection).
bool createJournalTables(QSqlDatabase &db, QString *error);
// The journal's rows not sent on purpose (schema version 6); the same.
bool createSkippedRowsTable(QSqlDatabase &db, QString *error);
// The journal's operation columns (part of schema version 7); the same.
bool addJournalOperations(QSqlDatabase &db, QString *error);

// Runs one statement that takes no values.
bool exec(QSqlDatabase &db, const QString &sql, QString *error);

} // namespace historydb
} // namespace vp
