// Internals shared by HistoryStore.cpp, HistoryMigrations.cpp and
// HistoryExport.cpp. Not part of the core library's interface.
#pragma once

#include "history/HistoryDialect.h"
#include "history/HistoryStore.h"

#include <functional>
#include <QHash>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
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

    // Team mode (a shared database on a server; HistoryStoreTeam.cpp).
    HistoryLocation place;
    QString password; // in memory only, to connect again after a fault
    QString osUser, machine;
    // Beats while the history is open: the session's last_seen and its
    // claims' leases. Its thread's event loop runs it.
    std::unique_ptr<QTimer> heartbeat;
    // The claims each attempt in flight holds (released with its result).
    QHash<qint64, QStringList> pendingClaims;
    // Who holds the claim that made recordStart() return kClaimed.
    QString claimHolder;
    // Results that could not be written (the database was gone): written
    // first when it is back (reconnect()).
    struct UnsavedFinish
    {
        qint64 id;
        Outcome outcome;
        int httpStatus;
        QString message, reply;
        qint64 durationMs;
        bool verify;
    };
    QList<UnsavedFinish> unsavedFinishes;
    QList<UnsavedFinish> groupFinishes; // written in the open group

    bool isShared() const { return place.isShared(); }
    // Claims keep programs sharing a history from sending for one phone or
    // login at once: a shared database, and one file used by several
    // processes on this computer (the desktop app and the command-line tool,
    // or several runs of it). An in-memory history has one program.
    bool usesClaims() const { return isShared() || !path.isEmpty(); }
    bool connectServer(QString *error); // opens db for location/password
    bool registerSession();
    void beat();
    // recordStart's part in team mode: claims the attempt's phone and login
    // (in the caller's transaction). False with claimHolder set when another
    // live session holds one; false with lastError on a database error.
    // isAlive tells whether a holder's session still lives (else its claim
    // is taken over).
    bool claim(const HistoryAttempt &attempt, QStringList *keys, bool *conflict,
               const std::function<bool(const QString &)> &isAlive);
    bool releaseClaims(qint64 id);

    QString location() const; // the path, or "(in memory)", for messages
    bool prepareWrites();
    bool runPlain(const QString &sql);
    bool beginWrite();
    bool fail(const QString &what, const QSqlQuery &query) const;
    bool fail(const QString &what, const QString &detail) const;
};

namespace historydb {

// A claim's lease, and how often a session beats (renewing its leases and
// last_seen). A session not seen for kSessionTimeoutMs is gone.
constexpr qint64 kClaimLeaseMs = 60000;
constexpr int kHeartbeatMs = 10000;
constexpr qint64 kSessionTimeoutMs = 45000;
// Claim keys: a phone (system, extension key = extension@server_ip), a
// login (system, login key), an alias (system, alias id).
QStringList claimKeys(const HistoryAttempt &attempt);

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
    OsUser,
    Machine,
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
Where buildWhere(const HistoryFilter &filter, Dialect dialect);
void bindAll(QSqlQuery &query, const QVariantList &values, int first = 0);

qint64 toMs(const QDateTime &time);
QDateTime fromMs(const QVariant &value);

// Brings the schema to currentSchemaVersion() inside one IMMEDIATE transaction,
// so two processes opening an old file at once migrate it once.
bool migrate(QSqlDatabase &db, int *version, QString *error);
// The schema version written in the database (0: none yet; -1: error).
int readSchemaVersion(QSqlDatabase &db, QString *error);
// "written by a newer version of the program ... Update the program."
QString newerSchemaMessage(int found);
constexpr int kCurrentSchemaVersion = 8;
// A shared database on a server is created at this version in one piece.
constexpr int kServerBaseVersion = 8;
// Version 8 (HistorySchemaTeam.cpp): who did it, sessions, claims, copies.
bool v7ToV8(QSqlDatabase &db, QString *error);
bool createServerSchema(QSqlDatabase &db, QString *error);
// The batch journal's tables (schema version 4). Also run by a journal whose
// history is in memory (a private database of its own connection).
bool createJournalTables(QSqlDatabase &db, QString *error);
// The journal's rows not sent on purpose (schema version 6); the same.
bool createSkippedRowsTable(QSqlDatabase &db, QString *error);
// The journal's operation columns (part of schema version 7); the same.
bool addJournalOperations(QSqlDatabase &db, QString *error);

// Team mode's connection to a server (HistoryServerConnection.cpp): opens db
// (added with the location's driver) with the address, the password and the
// connect options (timeouts, TLS), refuses a connection that is not
// encrypted when TLS was asked for, and sets the session up. On failure,
// *problem says what kind (HistoryConnectionCheck::Problem) and *error what
// to do, in words for people; never the password.
bool openServer(QSqlDatabase &db, const HistoryLocation &place, const QString &password,
                HistoryConnectionCheck::Problem *problem, QString *error);
// The same for a connection cloned from an open one (the options are copied).
bool openClone(QSqlDatabase &db, const HistoryLocation &place,
               HistoryConnectionCheck::Problem *problem, QString *error);
// HistoryStore::changeStamp() on any connection to the history (the history
// watcher's own, on its thread).
QString changeStamp(const QSqlDatabase &db);

// Runs one statement that takes no values.
bool exec(QSqlDatabase &db, const QString &sql, QString *error);
// Runs them in order; stops at the first that fails.
bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error);

} // namespace historydb
} // namespace vp
