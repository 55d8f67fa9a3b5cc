// "Test connection" for a history location: connects as the history would,
// then finds out, without leaving anything behind, whether the schema is one
// this program can use and whether the user may do what the history needs.
#include "history/HistoryStore.h"
#include "history/HistoryStorePrivate.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

using Problem = HistoryConnectionCheck::Problem;

QString serverVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    const bool mariaDb = historydb::dialectOf(db) == historydb::Dialect::MySql;
    if (query.exec(mariaDb ? u"SELECT VERSION()"_s : u"SHOW server_version"_s) && query.next())
        return query.value(0).toString();
    return {};
}

// Creating a table proves the rights to create (and drop) the history's
// tables: an empty database gets them at first use, an older one is
// upgraded. The table is dropped at once.
bool mayCreateTables(QSqlDatabase &db, QString *detail)
{
    const QString table =
        "viciprov_check_"_L1 + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!historydb::exec(db, "CREATE TABLE "_L1 + table + " (x INTEGER)"_L1, detail))
        return false;
    return historydb::exec(db, "DROP TABLE "_L1 + table, detail);
}

// Writing, changing and deleting a session row, rolled back: what every
// attempt does to the history's tables. A read-only user (an auditor)
// fails here.
bool mayWrite(QSqlDatabase &db, QString *detail)
{
    const QString id = "check-"_L1 + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!db.transaction()) {
        *detail = db.lastError().text();
        return false;
    }
    const bool ok = historydb::execAll(
        db,
        {"INSERT INTO sessions (session_id, os_user, machine, program,"
         " started_at, last_seen, ended) VALUES ('"_L1 +
             id + "', '', '', 'check', 0, 0, 1)"_L1,
         "UPDATE sessions SET ended = 1 WHERE session_id = '"_L1 + id + QLatin1Char('\''),
         "DELETE FROM sessions WHERE session_id = '"_L1 + id + QLatin1Char('\'')},
        detail);
    db.rollback();
    return ok;
}

HistoryConnectionCheck checkServer(QSqlDatabase &db, const HistoryLocation &location,
                                   const QString &password)
{
    HistoryConnectionCheck result;
    if (!historydb::openServer(db, location, password, &result.problem, &result.message))
        return result;
    result.serverVersion = serverVersion(db);
    QString detail;
    result.schemaVersion = historydb::readSchemaVersion(db, &detail);
    if (result.schemaVersion < 0) {
        result.problem = Problem::NoRights;
        result.message =
            HistoryConnectionCheck::tr("User \"%1\" may not read the database \"%2\" (%3).")
                .arg(location.user, location.database, detail);
        return result;
    }
    const int current = HistoryStore::currentSchemaVersion();
    if (result.schemaVersion > current) {
        result.problem = Problem::SchemaNewer;
        result.message = historydb::newerSchemaMessage(result.schemaVersion);
        return result;
    }
    const bool ready = result.schemaVersion == current;
    if (!(ready ? mayWrite(db, &detail) : mayCreateTables(db, &detail))) {
        result.problem = Problem::NoRights;
        result.message =
            ready ? HistoryConnectionCheck::tr(
                        "User \"%1\" may read the history in \"%2\" but not write it (%3): a "
                        "read-only user can look at the history, not record attempts. Grant "
                        "SELECT, INSERT, UPDATE and DELETE as the user guide lists (Team mode).")
                        .arg(location.user, location.database, detail)
                  : HistoryConnectionCheck::tr(
                        "User \"%1\" may not create the history's tables in \"%2\" (%3). "
                        "Grant the rights the user guide lists (Team mode).")
                        .arg(location.user, location.database, detail);
        return result;
    }
    result.problem = Problem::None;
    const QString where = location.displayName();
    const QString server =
        result.serverVersion.isEmpty() ? QString() : " ("_L1 + result.serverVersion + u")"_s;
    if (result.schemaVersion == 0)
        result.message = HistoryConnectionCheck::tr("Connected to %1%2. The database is empty: "
                                                    "the program creates its tables at first use.")
                             .arg(where, server);
    else if (!ready)
        result.message =
            HistoryConnectionCheck::tr("Connected to %1%2. The program upgrades the history's "
                                       "tables from schema %3 to %4 at first use (older "
                                       "versions of the program then refuse it).")
                .arg(where, server)
                .arg(result.schemaVersion)
                .arg(current);
    else
        result.message = HistoryConnectionCheck::tr("Connected to %1%2. The history is ready.")
                             .arg(where, server);
    if (location.tls)
        result.message += u" "_s + HistoryConnectionCheck::tr("The connection is encrypted.");
    return result;
}

} // namespace

HistoryConnectionCheck checkHistoryConnection(const HistoryLocation &location,
                                              const QString &password)
{
    if (!location.isShared()) {
        HistoryConnectionCheck result;
        HistoryStore store;
        QString error;
        if (store.open(location, {}, &error)) {
            result.problem = Problem::None;
            result.schemaVersion = store.schemaVersion();
            result.message =
                HistoryConnectionCheck::tr("The history file %1 can be used.").arg(store.path());
        } else {
            result.problem = Problem::Other;
            result.message = error;
        }
        return result;
    }
    static QAtomicInteger<int> counter;
    const QString name = u"vp-history-check-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
    HistoryConnectionCheck result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(location.driverName(), name);
        result = checkServer(db, location, password);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace vp
