// The history file's schema and its ordered migrations. A new layout is a new
// step at the end of kSteps; steps are never edited once released, because
// files written by that release must still migrate the same way.
#include "history/HistoryDialect.h"
#include "history/HistoryStorePrivate.h"
#include "model/PhoneRecord.h"
#include "model/VicidialSystem.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vp::historydb {

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!exec(db, sql, error))
            return false;
    }
    return true;
}

namespace {

// Version 1: the first layout (tests/data/history/history-v1.sql is a file of it).
bool createV1(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {u"CREATE TABLE attempts ("
                    "id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    "started_at TEXT NOT NULL, finished_at TEXT,"
                    "server_url TEXT NOT NULL, api_user TEXT NOT NULL, batch_id TEXT,"
                    "extension TEXT NOT NULL, server_ip TEXT NOT NULL,"
                    "phone_login TEXT NOT NULL, phone_full_name TEXT,"
                    "protocol TEXT, local_gmt TEXT, status TEXT NOT NULL,"
                    "http_status INTEGER, reply TEXT, duration_ms INTEGER)"_s,
                    u"CREATE INDEX attempts_started ON attempts (started_at)"_s},
                   error);
}

// Version 2: times as UTC milliseconds (compact, ordered), every non-secret
// field, request/message/verify, and the columns and indexes the history view
// and the duplicate checks filter on. The key columns hold
// PhoneRecord::extensionKey()/loginKey() computed in C++ because SQLite's
// lower() only folds ASCII.
// Every index costs each write-ahead insert a page write, so there are only
// the five the queries need: unfinished rows (outcome NULL) are found through
// the outcome index, and the few server IPs make a server filter cheap along
// started_at. No AUTOINCREMENT (one more page per insert): rows are never
// deleted, so ids are not reused anyway.
bool v1ToV2(QSqlDatabase &db, QString *error)
{
    QString phoneDefs;
    for (const QString &column : phoneColumns())
        phoneDefs += column + " TEXT NOT NULL DEFAULT '',"_L1;

    const QString ms = u"CAST(ROUND((julianday(%1) - 2440587.5) * 86400000.0) AS INTEGER)"_s;
    const QStringList statements = {
        "CREATE TABLE attempts_v2 ("
        "id INTEGER PRIMARY KEY,"
        "started_at INTEGER NOT NULL, finished_at INTEGER,"
        "server_url TEXT NOT NULL DEFAULT '', api_user TEXT NOT NULL DEFAULT '',"
        "method TEXT NOT NULL DEFAULT '', api_function TEXT NOT NULL DEFAULT '',"
        "batch_id TEXT NOT NULL DEFAULT '',"_L1 +
            phoneDefs +
            "active INTEGER NOT NULL DEFAULT 1,"
            "phone_pass_set INTEGER NOT NULL DEFAULT 0,"
            "registration_password_set INTEGER NOT NULL DEFAULT 0,"
            "extension_key TEXT NOT NULL DEFAULT '',"
            "login_key TEXT NOT NULL DEFAULT '',"
            "session TEXT NOT NULL DEFAULT '',"
            "finished INTEGER NOT NULL DEFAULT 0, outcome TEXT,"
            "http_status INTEGER NOT NULL DEFAULT 0,"
            "message TEXT NOT NULL DEFAULT '', request TEXT NOT NULL DEFAULT '',"
            "reply TEXT NOT NULL DEFAULT '',"
            "duration_ms INTEGER NOT NULL DEFAULT 0,"
            "verify INTEGER NOT NULL DEFAULT 0)"_L1,
        "INSERT INTO attempts_v2 (id, started_at, finished_at, server_url, api_user,"
        " method, api_function, batch_id, extension, server_ip, phone_login,"
        " phone_full_name, protocol, local_gmt, extension_key, login_key,"
        " finished, outcome, http_status, reply, duration_ms) "
        "SELECT id, COALESCE("_L1 +
            ms.arg("started_at"_L1) + ", 0), "_L1 + ms.arg("finished_at"_L1) +
            ", server_url, api_user, 'POST', 'add_phone', COALESCE(batch_id, ''),"
            " extension, server_ip, phone_login, COALESCE(phone_full_name, ''),"
            " COALESCE(protocol, ''), COALESCE(local_gmt, ''),"
            " lower(trim(extension)) || '@' || trim(server_ip),"
            " lower(substr(trim(phone_login), 1, 15)),"
            " status <> 'sending', NULLIF(status, 'sending'),"
            " COALESCE(http_status, 0), COALESCE(reply, ''),"
            " COALESCE(duration_ms, 0) FROM attempts"_L1,
        u"DROP TABLE attempts"_s,
        u"ALTER TABLE attempts_v2 RENAME TO attempts"_s,
        u"CREATE INDEX attempts_started ON attempts (started_at)"_s,
        u"CREATE INDEX attempts_outcome ON attempts (outcome, started_at)"_s,
        u"CREATE INDEX attempts_batch ON attempts (batch_id, started_at)"_s,
        u"CREATE INDEX attempts_extension ON attempts (extension_key, outcome)"_s,
        u"CREATE INDEX attempts_login ON attempts (login_key, outcome)"_s,
    };
    if (!execAll(db, statements, error))
        return false;

    // Recompute the keys the way PhoneRecord does (Unicode case folding and
    // trimming); only rows where SQL got it wrong are rewritten.
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.prepare(u"SELECT id, extension, server_ip, phone_login,"
                        " extension_key, login_key FROM attempts"_s) ||
        !select.exec()) {
        *error = select.lastError().text();
        return false;
    }
    QList<std::tuple<qint64, QString, QString>> fixes;
    while (select.next()) {
        PhoneRecord phone;
        phone.setValue(PhoneField::Extension, select.value(1).toString());
        phone.setValue(PhoneField::ServerIp, select.value(2).toString());
        phone.setValue(PhoneField::PhoneLogin, select.value(3).toString());
        if (phone.extensionKey() != select.value(4).toString() ||
            phone.loginKey() != select.value(5).toString())
            fixes.append({select.value(0).toLongLong(), phone.extensionKey(), phone.loginKey()});
    }
    select.finish();
    QSqlQuery update(db);
    if (!update.prepare(u"UPDATE attempts SET extension_key = ?, login_key = ? WHERE id = ?"_s)) {
        *error = update.lastError().text();
        return false;
    }
    for (const auto &[id, extensionKey, loginKey] : fixes) {
        update.bindValue(0, extensionKey);
        update.bindValue(1, loginKey);
        update.bindValue(2, id);
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return true;
}

// Version 3: every attempt belongs to one VICIdial system. system_key is
// VicidialSystem::keyFor() of the API address the request went to (for older
// rows: the server_url they recorded, else the URL on the first line of their
// recorded request), system_name the user's label for it. The duplicate
// indexes lead with the system, since every duplicate question is asked of one.
bool v2ToV3(QSqlDatabase &db, QString *error)
{
    const QStringList statements = {
        u"ALTER TABLE attempts ADD COLUMN system_key TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE attempts ADD COLUMN system_name TEXT NOT NULL DEFAULT ''"_s,
        u"DROP INDEX IF EXISTS attempts_extension"_s,
        u"DROP INDEX IF EXISTS attempts_login"_s,
    };
    if (!execAll(db, statements, error))
        return false;
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.prepare(u"SELECT DISTINCT server_url, request FROM attempts"_s) || !select.exec()) {
        *error = select.lastError().text();
        return false;
    }
    // One key per distinct recorded address (a handful), not per row.
    QList<std::pair<QString, QString>> keys; // server_url -> key
    QHash<QString, QString> byRequest;       // request -> key, for rows without server_url
    while (select.next()) {
        const QString serverUrl = select.value(0).toString();
        const QString request = select.value(1).toString();
        if (!serverUrl.isEmpty()) {
            if (std::none_of(keys.cbegin(), keys.cend(),
                             [&](const auto &pair) { return pair.first == serverUrl; }))
                keys.append({serverUrl, VicidialSystem::keyFor(QUrl(serverUrl))});
            continue;
        }
        // "POST http://host/vicidial/non_agent_api.php" or a GET URL with its query.
        const QString firstLine = request.section(QLatin1Char('\n'), 0, 0);
        const QString url = firstLine.section(QLatin1Char(' '), -1);
        byRequest.insert(request, VicidialSystem::keyFor(QUrl(url)));
    }
    select.finish();
    QSqlQuery update(db);
    if (!update.prepare(u"UPDATE attempts SET system_key = ? WHERE server_url = ?"_s)) {
        *error = update.lastError().text();
        return false;
    }
    for (const auto &[serverUrl, key] : std::as_const(keys)) {
        update.bindValue(0, key);
        update.bindValue(1, serverUrl);
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    QSqlQuery byRequestUpdate(db);
    if (!byRequestUpdate.prepare(
            u"UPDATE attempts SET system_key = ? WHERE server_url = '' AND request = ?"_s)) {
        *error = byRequestUpdate.lastError().text();
        return false;
    }
    for (auto it = byRequest.cbegin(); it != byRequest.cend(); ++it) {
        byRequestUpdate.bindValue(0, it.value());
        byRequestUpdate.bindValue(1, it.key());
        if (!byRequestUpdate.exec()) {
            *error = byRequestUpdate.lastError().text();
            return false;
        }
    }
    return execAll(db,
                   {u"CREATE INDEX attempts_extension ON attempts"
                    " (system_key, extension_key, outcome)"_s,
                    u"CREATE INDEX attempts_login ON attempts (system_key, login_key, outcome)"_s},
                   error);
}

// Version 5: the VICIdial build each request went to (empty for older rows:
// it was not read then).
bool addServerBuild(QSqlDatabase &db, QString *error)
{
    return execAll(db, {u"ALTER TABLE attempts ADD COLUMN server_build TEXT NOT NULL DEFAULT ''"_s},
                   error);
}

// Version 7: an attempt on a phone alias names the alias (its id, name and
// logins as sent; empty for phone attempts), and a batch's plan says what
// each row does (add, change, switch on or off, delete) and, for an undo,
// which batch it takes back.
bool v6ToV7(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {u"ALTER TABLE attempts ADD COLUMN alias_id TEXT NOT NULL DEFAULT ''"_s,
                    u"ALTER TABLE attempts ADD COLUMN alias_name TEXT NOT NULL DEFAULT ''"_s,
                    u"ALTER TABLE attempts ADD COLUMN alias_logins TEXT NOT NULL DEFAULT ''"_s},
                   error) &&
           addJournalOperations(db, error);
}

struct Step
{
    int toVersion;
    bool (*run)(QSqlDatabase &, QString *);
};

const Step kSteps[] = {
    {1, createV1},       {2, v1ToV2},
    {3, v2ToV3},         {4, createJournalTables},
    {5, addServerBuild}, {6, createSkippedRowsTable},
    {7, v6ToV7},         {8, v7ToV8},
};
static_assert(sizeof(kSteps) / sizeof(kSteps[0]) == kCurrentSchemaVersion,
              "one step per schema version");

} // namespace

// Version 4: the batch journal's tables, which the journal used to create for
// itself; files that already have them keep them (IF NOT EXISTS).
bool createJournalTables(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {u"CREATE TABLE IF NOT EXISTS batch_plans ("
         " batch_id TEXT PRIMARY KEY, created_at INTEGER NOT NULL,"
         " label TEXT NOT NULL, server_url TEXT NOT NULL, api_user TEXT NOT NULL,"
         " passwords_generated INTEGER NOT NULL, owner_session TEXT NOT NULL,"
         " row_count INTEGER NOT NULL, closed INTEGER NOT NULL DEFAULT 0)"_s,
         u"CREATE TABLE IF NOT EXISTS batch_plan_rows ("
         " batch_id TEXT NOT NULL, seq INTEGER NOT NULL,"
         " source_line INTEGER NOT NULL, phone TEXT NOT NULL,"
         " phone_pass_set INTEGER NOT NULL,"
         " registration_password_set INTEGER NOT NULL,"
         " PRIMARY KEY (batch_id, seq))"_s,
         u"CREATE INDEX IF NOT EXISTS batch_plans_open ON batch_plans (closed, created_at)"_s},
        error);
}

// Version 6: the rows of a batch's list that were not sent on purpose (a
// rule, a duplicate in the list, added earlier), so that every input row is
// counted and reported. reason is BatchReportRow::skipped's key; message the
// translated reason shown in the preview. No passwords.
bool createSkippedRowsTable(QSqlDatabase &db, QString *error)
{
    return exec(db,
                u"CREATE TABLE IF NOT EXISTS batch_skipped_rows ("
                " batch_id TEXT NOT NULL, source_line INTEGER NOT NULL,"
                " phone TEXT NOT NULL, reason TEXT NOT NULL,"
                " message TEXT NOT NULL)"_s,
                error) &&
           exec(db,
                u"CREATE INDEX IF NOT EXISTS batch_skipped_rows_batch"
                " ON batch_skipped_rows (batch_id, source_line)"_s,
                error);
}

// Version 7's part in the journal: the operation of each planned row
// (Operation::kindKey: "add_phone", "update_phone", "set_active" with the
// phone's active flag, "delete_phone"; "add_or_update" for an import's add
// or update; older rows are adds), the fields an update changes (API names,
// comma-separated), and the batch an undo takes back.
bool addJournalOperations(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {u"ALTER TABLE batch_plan_rows ADD COLUMN operation TEXT NOT NULL DEFAULT 'add_phone'"_s,
         u"ALTER TABLE batch_plan_rows ADD COLUMN fields TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE batch_plans ADD COLUMN undo_of TEXT NOT NULL DEFAULT ''"_s},
        error);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    // PostgreSQL's driver prepares on the server, where BEGIN, COMMIT and
    // DDL cannot be prepared: statements without values run directly there.
    const bool direct = dialectOf(db) != Dialect::Sqlite;
    if (direct ? !query.exec(sql) : (!query.prepare(sql) || !query.exec())) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

int readSchemaVersion(QSqlDatabase &db, QString *error)
{
    QString problem;
    const bool exists = tableExists(db, u"schema_version"_s, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return -1;
    }
    if (!exists)
        return 0;
    QSqlQuery query(db);
    if (!query.prepare(u"SELECT MAX(version) FROM schema_version"_s) || !query.exec()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

QString newerSchemaMessage(int found)
{
    return QCoreApplication::translate(
               "HistoryStore",
               "The history was written by a newer version of the program (schema %1; "
               "this version knows %2). Update the program.")
        .arg(found)
        .arg(kCurrentSchemaVersion);
}

bool migrate(QSqlDatabase &db, int *version, QString *error)
{
    // Reading the version without a lock is enough when nothing is to do.
    int current = readSchemaVersion(db, error);
    if (current < 0)
        return false;
    if (current == kCurrentSchemaVersion) {
        *version = current;
        return true;
    }
    if (current > kCurrentSchemaVersion) {
        *error = newerSchemaMessage(current);
        return false;
    }

    // The first client of a newer version migrates; the others wait on the
    // lock, then see the migrated version and do nothing. SQLite: the write
    // lock of BEGIN IMMEDIATE and one transaction; PostgreSQL: an advisory
    // lock and one transaction (its DDL is transactional); MySQL: a named
    // lock (its DDL commits statement by statement).
    const Dialect dialect = dialectOf(db);
    if (!lockSchema(db, error))
        return false;
    bool migrated = false;
    const bool ownTransaction = dialect == Dialect::Postgres;
    auto unlock = qScopeGuard([&] {
        if (ownTransaction)
            exec(db, migrated ? u"COMMIT"_s : u"ROLLBACK"_s, nullptr);
        unlockSchema(db, migrated);
    });
    if (ownTransaction && !exec(db, u"BEGIN"_s, error))
        return false;
    current = readSchemaVersion(db, error);
    if (current < 0)
        return false;
    if (current > kCurrentSchemaVersion) {
        *error = newerSchemaMessage(current);
        return false;
    }
    if (current == 0) {
        if (dialect != Dialect::Sqlite) {
            QString ignored;
            if (tableExists(db, u"attempts"_s, &ignored)) {
                *error = QCoreApplication::translate(
                    "HistoryStore", "The database already has a table \"attempts\" that is not "
                                    "this program's: give the history a database of its own.");
                return false;
            }
        }
        if (!exec(db, u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s, error))
            return false;
        // A shared database starts at the version that brought team mode.
        if (dialect != Dialect::Sqlite) {
            if (!createServerSchema(db, error))
                return false;
            current = kServerBaseVersion;
        }
    }
    for (const Step &step : kSteps) {
        if (step.toVersion <= current)
            continue;
        if (!step.run(db, error)) {
            *error = QCoreApplication::translate("HistoryStore",
                                                 "Could not upgrade the history to version %1: %2")
                         .arg(step.toVersion)
                         .arg(*error);
            return false;
        }
        current = step.toVersion;
    }
    QSqlQuery setVersion(db);
    if (!exec(db, u"DELETE FROM schema_version"_s, error) ||
        !setVersion.prepare(u"INSERT INTO schema_version (version) VALUES (?)"_s))
        return false;
    setVersion.bindValue(0, current);
    if (!setVersion.exec()) {
        *error = setVersion.lastError().text();
        return false;
    }
    setVersion.finish();
    migrated = true;
    *version = current;
    return true;
}

} // namespace vp::historydb
