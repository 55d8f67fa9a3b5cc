// Copying one history into another (viciprov-cli history --copy-to): a team
// moving its admins' local files into one shared database. Each attempt is
// copied once (copied_attempts remembers the source history and row), each
// batch once (by its id), so running the copy again adds only what is new.
#include "history/HistoryStore.h"
#include "history/HistoryStorePrivate.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

// Rows per transaction: big enough to be quick over a network, small enough
// that a failure loses little work.
constexpr int kRowsPerCommit = 500;

QString historyIdOf(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(u"SELECT value FROM history_info WHERE name = 'history_id'"_s) ||
        !query.exec()) {
        *error = query.lastError().text();
        return {};
    }
    if (query.next())
        return query.value(0).toString();
    query.finish();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!query.prepare(u"INSERT INTO history_info (name, value) VALUES ('history_id', ?)"_s)) {
        *error = query.lastError().text();
        return {};
    }
    query.bindValue(0, id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return {};
    }
    return id;
}

QString marks(int count)
{
    return QStringList(count, u"?"_s).join(QLatin1Char(','));
}

// Copies the rows a SELECT gives into table (the same column names), each
// with insert-if-absent: rows already there stay as they are.
bool copyRows(QSqlQuery &rows, QSqlDatabase &target, const QString &table, QString *error)
{
    const QSqlRecord record = rows.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    QSqlQuery insert(target);
    if (!insert.prepare(historydb::insertIgnore(historydb::dialectOf(target), table,
                                                columns.join(", "_L1), marks(columns.size())))) {
        *error = insert.lastError().text();
        return false;
    }
    while (rows.next()) {
        for (int i = 0; i < columns.size(); ++i)
            insert.bindValue(i, rows.value(i));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

bool HistoryStore::copyInto(HistoryStore &target, int *attempts, int *batches, QString *error)
{
    *attempts = 0;
    *batches = 0;
    if (!isOpen() || !target.isOpen()) {
        *error = tr("The history is not open");
        return false;
    }
    QSqlDatabase &from = m_d->db;
    QSqlDatabase &to = target.m_d->db;
    const QString source = historyIdOf(from, error);
    if (source.isEmpty())
        return false;
    if (source == historyIdOf(to, error)) {
        *error = tr("The history would be copied into itself.");
        return false;
    }

    QSet<qint64> copied;
    {
        QSqlQuery done(to);
        done.setForwardOnly(true);
        if (!done.prepare(u"SELECT source_id FROM copied_attempts WHERE source_history = ?"_s)) {
            *error = done.lastError().text();
            return false;
        }
        done.bindValue(0, source);
        if (!done.exec()) {
            *error = done.lastError().text();
            return false;
        }
        while (done.next())
            copied.insert(done.value(0).toLongLong());
    }

    const QStringList columns = historydb::attemptColumnNames();
    const QStringList written = columns.mid(1); // the target numbers its own rows
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec("SELECT "_L1 + columns.join(", "_L1) + " FROM attempts ORDER BY id"_L1)) {
        *error = read.lastError().text();
        return false;
    }
    const bool postgres = historydb::dialectOf(to) == historydb::Dialect::Postgres;
    QSqlQuery insert(to);
    QSqlQuery remember(to);
    if (!insert.prepare("INSERT INTO attempts ("_L1 + written.join(", "_L1) + ") VALUES ("_L1 +
                        marks(written.size()) + QLatin1Char(')') +
                        (postgres ? " RETURNING id"_L1 : ""_L1)) ||
        !remember.prepare(u"INSERT INTO copied_attempts (source_history, source_id, attempt_id)"
                          " VALUES (?, ?, ?)"_s)) {
        *error = insert.lastError().text() + remember.lastError().text();
        return false;
    }
    auto fail = [&](const QSqlQuery &query) {
        *error =
            tr("Could not copy into %1: %2").arg(target.m_d->location(), query.lastError().text());
        to.rollback();
        return false;
    };
    int inTransaction = 0;
    while (read.next()) {
        const qint64 sourceId = read.value(0).toLongLong();
        if (copied.contains(sourceId))
            continue;
        if (inTransaction == 0 && !to.transaction()) {
            *error = to.lastError().text();
            return false;
        }
        for (int i = 1; i < columns.size(); ++i)
            insert.bindValue(i - 1, read.value(i));
        if (!insert.exec())
            return fail(insert);
        const qint64 newId = insert.isSelect() && insert.next()
                                 ? insert.value(0).toLongLong()
                                 : insert.lastInsertId().toLongLong();
        insert.finish();
        remember.bindValue(0, source);
        remember.bindValue(1, sourceId);
        remember.bindValue(2, newId);
        if (!remember.exec())
            return fail(remember);
        ++*attempts;
        if (++inTransaction == kRowsPerCommit) {
            if (!to.commit())
                return fail(insert);
            inTransaction = 0;
        }
    }
    if (inTransaction > 0 && !to.commit())
        return fail(insert);

    // Batches: a plan whose id the target lacks comes with its rows.
    QSqlQuery plans(from);
    plans.setForwardOnly(true);
    if (!plans.exec(u"SELECT batch_id FROM batch_plans ORDER BY created_at"_s)) {
        *error = plans.lastError().text();
        return false;
    }
    QSqlQuery known(to);
    known.prepare(u"SELECT 1 FROM batch_plans WHERE batch_id = ?"_s);
    while (plans.next()) {
        const QString batch = plans.value(0).toString();
        known.bindValue(0, batch);
        if (!known.exec()) {
            *error = known.lastError().text();
            return false;
        }
        const bool there = known.next();
        known.finish();
        if (there)
            continue;
        if (!to.transaction()) {
            *error = to.lastError().text();
            return false;
        }
        for (const QString &table :
             {u"batch_plans"_s, u"batch_plan_rows"_s, u"batch_skipped_rows"_s}) {
            QSqlQuery rows(from);
            rows.setForwardOnly(true);
            rows.prepare("SELECT * FROM "_L1 + table + " WHERE batch_id = ?"_L1);
            rows.bindValue(0, batch);
            if (!rows.exec() || !copyRows(rows, to, table, error)) {
                if (error->isEmpty())
                    *error = rows.lastError().text();
                to.rollback();
                return false;
            }
        }
        if (!to.commit()) {
            *error = to.lastError().text();
            return false;
        }
        ++*batches;
    }

    // Who worked with the copied rows (the history window's lists).
    QSqlQuery sessions(from);
    sessions.setForwardOnly(true);
    if (!sessions.exec(u"SELECT session_id, os_user, machine, program, started_at, last_seen,"
                       " 1 AS ended FROM sessions"_s) ||
        !copyRows(sessions, to, u"sessions"_s, error)) {
        if (error->isEmpty())
            *error = sessions.lastError().text();
        return false;
    }
    return true;
}

} // namespace vp
