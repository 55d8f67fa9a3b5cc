// Schema version 8 (team mode): who made each attempt, the sessions of the
// programs using a history, the claims that keep two of them from sending for
// one phone or login at once, and the record of copies from other histories.
// A shared database on a server starts at this version, created in one piece
// by createServerSchema(); every later step runs on all three engines.
#include "history/HistoryDialect.h"
#include "history/HistoryStorePrivate.h"

using namespace Qt::StringLiterals;

namespace vp::historydb {

namespace {

QString tableOptions(Dialect dialect)
{
    // Binary collation: keys compare exactly as in SQLite (the history folds
    // case itself, PhoneRecord::extensionKey()).
    return dialect == Dialect::MySql
               ? u" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"_s
               : QString();
}

// The tables every engine gets at version 8.
QStringList teamTables(Dialect dialect)
{
    const QString key = keyType(dialect);
    const QString text = textColumn(dialect);
    const QString big = bigint(dialect);
    const QString options = tableOptions(dialect);
    return {
        // One row per program that opened the history (desktop app, command
        // line); last_seen is its heartbeat on the database's clock, so other
        // machines can tell a live session from one whose process is gone.
        "CREATE TABLE sessions (session_id "_L1 + key + " NOT NULL PRIMARY KEY, os_user "_L1 +
            text + ", machine "_L1 + text + ", program "_L1 + text + ", started_at "_L1 + big +
            " NOT NULL, last_seen "_L1 + big + " NOT NULL, ended INTEGER NOT NULL DEFAULT 0)"_L1 +
            options,
        // A request in flight holds the claim of its phone (system, extension,
        // server IP) and of its login (system, login) until its result is
        // written or its lease runs out (a crashed program's claims).
        "CREATE TABLE claims (claim_key "_L1 + key + " NOT NULL PRIMARY KEY, session "_L1 + key +
            " NOT NULL, attempt_id "_L1 + big + " NOT NULL DEFAULT 0, os_user "_L1 + text +
            ", machine "_L1 + text + ", api_user "_L1 + text + ", claimed_at "_L1 + big +
            " NOT NULL, expires_at "_L1 + big + " NOT NULL)"_L1 + options,
        "CREATE INDEX claims_session ON claims (session)"_L1,
        // Attempts copied in from another history (viciprov-cli history
        // --copy-to): copying again skips them.
        "CREATE TABLE copied_attempts (source_history "_L1 + key + " NOT NULL, source_id "_L1 +
            big + " NOT NULL, attempt_id "_L1 + big +
            " NOT NULL, PRIMARY KEY (source_history, source_id))"_L1 + options,
        // Facts about this history: its own id ("history_id"), for copies.
        "CREATE TABLE history_info (name "_L1 + key + " NOT NULL PRIMARY KEY, value "_L1 + text +
            ")"_L1 + options,
    };
}

} // namespace

bool v7ToV8(QSqlDatabase &db, QString *error)
{
    const Dialect dialect = dialectOf(db);
    QStringList statements = {
        "ALTER TABLE attempts ADD COLUMN os_user "_L1 + textColumn(dialect),
        "ALTER TABLE attempts ADD COLUMN machine "_L1 + textColumn(dialect),
    };
    statements += teamTables(dialect);
    return execAll(db, statements, error);
}

bool createServerSchema(QSqlDatabase &db, QString *error)
{
    const Dialect dialect = dialectOf(db);
    const QString key = keyType(dialect);
    const QString text = textColumn(dialect);
    const QString big = bigint(dialect);
    const QString options = tableOptions(dialect);

    QString phoneDefs;
    for (const QString &column : phoneColumns())
        phoneDefs += column + QLatin1Char(' ') + text + QLatin1Char(',');
    // The same columns as a file at version 8 (see HistoryMigrations.cpp);
    // the indexed ones are keys.
    QStringList statements = {
        "CREATE TABLE attempts ("_L1 + idColumn(dialect) + ", started_at "_L1 + big +
            " NOT NULL, finished_at "_L1 + big + ", server_url "_L1 + text + ", api_user "_L1 +
            key + " NOT NULL DEFAULT '', method "_L1 + text + ", api_function "_L1 + key +
            " NOT NULL DEFAULT '', batch_id "_L1 + key + " NOT NULL DEFAULT '', "_L1 + phoneDefs +
            "active INTEGER NOT NULL DEFAULT 1,"
            " phone_pass_set INTEGER NOT NULL DEFAULT 0,"
            " registration_password_set INTEGER NOT NULL DEFAULT 0,"
            " extension_key "_L1 +
            key + " NOT NULL DEFAULT '', login_key "_L1 + key +
            " NOT NULL DEFAULT '', session "_L1 + key +
            " NOT NULL DEFAULT '', finished INTEGER NOT NULL DEFAULT 0, outcome "_L1 + key +
            ", http_status INTEGER NOT NULL DEFAULT 0, message "_L1 + text + ", request "_L1 +
            text + ", reply "_L1 + text + ", duration_ms "_L1 + big +
            " NOT NULL DEFAULT 0, verify INTEGER NOT NULL DEFAULT 0, system_key "_L1 + key +
            " NOT NULL DEFAULT '', system_name "_L1 + text + ", server_build "_L1 + text +
            ", alias_id "_L1 + text + ", alias_name "_L1 + text + ", alias_logins "_L1 + text +
            ", os_user "_L1 + key + " NOT NULL DEFAULT '', machine "_L1 + key +
            " NOT NULL DEFAULT '')"_L1 + options,
        u"CREATE INDEX attempts_started ON attempts (started_at)"_s,
        u"CREATE INDEX attempts_outcome ON attempts (outcome, started_at)"_s,
        u"CREATE INDEX attempts_batch ON attempts (batch_id, started_at)"_s,
        u"CREATE INDEX attempts_extension ON attempts (system_key, extension_key, outcome)"_s,
        u"CREATE INDEX attempts_login ON attempts (system_key, login_key, outcome)"_s,
        "CREATE TABLE batch_plans (batch_id "_L1 + key + " NOT NULL PRIMARY KEY, created_at "_L1 +
            big + " NOT NULL, label "_L1 + text + ", server_url "_L1 + text + ", api_user "_L1 +
            text + ", passwords_generated INTEGER NOT NULL, owner_session "_L1 + key +
            " NOT NULL DEFAULT '', row_count INTEGER NOT NULL,"
            " closed INTEGER NOT NULL DEFAULT 0, undo_of "_L1 +
            key + " NOT NULL DEFAULT '')"_L1 + options,
        "CREATE TABLE batch_plan_rows (batch_id "_L1 + key +
            " NOT NULL, seq INTEGER NOT NULL, source_line INTEGER NOT NULL, phone "_L1 + text +
            ", phone_pass_set INTEGER NOT NULL, registration_password_set INTEGER NOT NULL,"
            " operation "_L1 +
            key + " NOT NULL DEFAULT 'add_phone', fields "_L1 + text +
            ", PRIMARY KEY (batch_id, seq))"_L1 + options,
        u"CREATE INDEX batch_plans_open ON batch_plans (closed, created_at)"_s,
        "CREATE TABLE batch_skipped_rows (batch_id "_L1 + key +
            " NOT NULL, source_line INTEGER NOT NULL, phone "_L1 + text + ", reason "_L1 + text +
            ", message "_L1 + text + ")"_L1 + options,
        u"CREATE INDEX batch_skipped_rows_batch ON batch_skipped_rows (batch_id, source_line)"_s,
    };
    statements += teamTables(dialect);
    return execAll(db, statements, error);
}

} // namespace vp::historydb
