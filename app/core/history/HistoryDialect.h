// What differs between the three engines a history can live on (SQLite
// file, MariaDB/MySQL, PostgreSQL): column types, "now" on the database's
// clock, insert-if-absent, the schema lock, the catalogue. Everything else
// is the same SQL on all three.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace vp::historydb {

enum class Dialect
{
    Sqlite,
    MySql,
    Postgres,
};

Dialect dialectOf(const QSqlDatabase &db);

// Column types.
QString idColumn(Dialect dialect); // auto-numbered primary key
// A text column that is indexed or part of a key (MySQL cannot index TEXT).
QString keyType(Dialect dialect);
// A text column of any length, NOT NULL DEFAULT ''.
QString textColumn(Dialect dialect);
// A 64-bit integer.
QString bigint(Dialect dialect);

// The database server's clock in UTC milliseconds, as an SQL expression:
// leases are compared on one clock, not on each client's.
QString nowMs(Dialect dialect);

// INSERT that does nothing when the row's unique key is taken (never an
// error, which would abort a PostgreSQL transaction): "INSERT OR IGNORE",
// "INSERT IGNORE", "... ON CONFLICT DO NOTHING".
QString insertIgnore(Dialect dialect, const QString &table, const QString &columns,
                     const QString &values);

// LIMIT without a limit: SQLite and PostgreSQL take -1/ALL, MySQL a number.
qint64 noLimit(Dialect dialect);

bool tableExists(const QSqlDatabase &db, const QString &table, QString *error);

// Serialises schema changes between clients of one database: SQLite's write
// lock (BEGIN IMMEDIATE, a transaction), MySQL's GET_LOCK and PostgreSQL's
// advisory lock (held by the connection; DDL commits on its own in MySQL).
bool lockSchema(QSqlDatabase &db, QString *error);
void unlockSchema(QSqlDatabase &db, bool success);

} // namespace vp::historydb
