#include "history/HistoryDialect.h"
#include "history/HistoryStorePrivate.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace vp::historydb {

Dialect dialectOf(const QSqlDatabase &db)
{
    const QString driver = db.driverName();
    if (driver == "QMYSQL"_L1 || driver == "QMARIADB"_L1)
        return Dialect::MySql;
    if (driver == "QPSQL"_L1)
        return Dialect::Postgres;
    return Dialect::Sqlite;
}

QString idColumn(Dialect dialect)
{
    switch (dialect) {
    case Dialect::MySql:
        return u"id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY"_s;
    case Dialect::Postgres:
        return u"id BIGSERIAL PRIMARY KEY"_s;
    case Dialect::Sqlite:
        break;
    }
    return u"id INTEGER PRIMARY KEY"_s;
}

QString keyType(Dialect dialect)
{
    // 190 characters of utf8mb4 fit InnoDB's index limit with room for
    // composite keys; every key the history indexes is far shorter.
    return dialect == Dialect::MySql ? u"VARCHAR(190)"_s : u"TEXT"_s;
}

QString textColumn(Dialect dialect)
{
    // MySQL 8 takes a TEXT default only as an expression; MariaDB takes both.
    return dialect == Dialect::MySql ? u"TEXT NOT NULL DEFAULT ('')"_s
                                     : u"TEXT NOT NULL DEFAULT ''"_s;
}

QString bigint(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? u"INTEGER"_s : u"BIGINT"_s;
}

QString nowMs(Dialect dialect)
{
    switch (dialect) {
    case Dialect::MySql:
        return u"CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)"_s;
    case Dialect::Postgres:
        return u"CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)"_s;
    case Dialect::Sqlite:
        break;
    }
    return u"CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"_s;
}

QString insertIgnore(Dialect dialect, const QString &table, const QString &columns,
                     const QString &values)
{
    const QString body = table + " ("_L1 + columns + ") VALUES ("_L1 + values + QLatin1Char(')');
    switch (dialect) {
    case Dialect::MySql:
        return "INSERT IGNORE INTO "_L1 + body;
    case Dialect::Postgres:
        return "INSERT INTO "_L1 + body + " ON CONFLICT DO NOTHING"_L1;
    case Dialect::Sqlite:
        break;
    }
    return "INSERT OR IGNORE INTO "_L1 + body;
}

qint64 noLimit(Dialect dialect)
{
    return dialect == Dialect::MySql ? std::numeric_limits<qint64>::max() : -1;
}

bool tableExists(const QSqlDatabase &db, const QString &table, QString *error)
{
    QSqlQuery query(db);
    QString sql;
    switch (dialectOf(db)) {
    case Dialect::MySql:
        sql = u"SELECT table_name FROM information_schema.tables"
              " WHERE table_schema = DATABASE() AND table_name = ?"_s;
        break;
    case Dialect::Postgres:
        sql = u"SELECT tablename FROM pg_catalog.pg_tables"
              " WHERE schemaname = current_schema() AND tablename = ?"_s;
        break;
    case Dialect::Sqlite:
        sql = u"SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?"_s;
        break;
    }
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    query.bindValue(0, table);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (error)
        error->clear();
    return query.next();
}

namespace {
// Any number: the lock is the schema's of this database only.
constexpr qint64 kSchemaLockKey = 8474630155;
const char kSchemaLockName[] = "viciprov_schema";
} // namespace

bool lockSchema(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    switch (dialectOf(db)) {
    case Dialect::MySql:
        // Named per database: two teams' databases on one server do not wait
        // for each other. 60 s: a migration of a large history takes a while.
        if (!query.exec("SELECT GET_LOCK(CONCAT(DATABASE(), '.', '"_L1 +
                        QLatin1String(kSchemaLockName) + "'), 60)"_L1) ||
            !query.next() || query.value(0).toInt() != 1) {
            if (error)
                *error = query.lastError().text().isEmpty()
                             ? u"another client held the schema lock for a minute"_s
                             : query.lastError().text();
            return false;
        }
        return true;
    case Dialect::Postgres:
        if (!query.exec(u"SELECT pg_advisory_lock(%1)"_s.arg(kSchemaLockKey))) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        return true;
    case Dialect::Sqlite:
        break;
    }
    return exec(db, u"BEGIN IMMEDIATE"_s, error);
}

void unlockSchema(QSqlDatabase &db, bool success)
{
    QSqlQuery query(db);
    switch (dialectOf(db)) {
    case Dialect::MySql:
        query.exec("SELECT RELEASE_LOCK(CONCAT(DATABASE(), '.', '"_L1 +
                   QLatin1String(kSchemaLockName) + "'))"_L1);
        return;
    case Dialect::Postgres:
        query.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(kSchemaLockKey));
        return;
    case Dialect::Sqlite:
        break;
    }
    exec(db, success ? u"COMMIT"_s : u"ROLLBACK"_s, nullptr);
}

} // namespace vp::historydb
