// The hot statements of the history (the write-ahead row before every request
// and its result after) run on SQLite directly, on the connection Qt opened.
// Why: QSqlQuery in Qt 6.4 formats a placeholder name (QString::arg) for every
// bound value and wraps each in a QVariant; for the 40 values of an attempt
// that was most of the client's CPU per phone (docs/performance.md).
//
// The functions are taken from the libsqlite3 that Qt's SQLite driver has
// already loaded (dlopen with RTLD_NOLOAD), so the statements always run on
// the same SQLite the connection belongs to, and nothing new is needed to
// build. Where that library is not found (a driver with SQLite built in, or
// another system) available() is false and HistoryStore uses QSqlQuery as
// before. Internal to HistoryStore*.cpp.
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>
#include <QVarLengthArray>
#include <type_traits>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#endif

namespace vp::historydb {

class SqliteApi
{
public:
    // Result codes and the "copy the text" destructor of sqlite3.h.
    static constexpr int Ok = 0;
    static constexpr int Row = 100;
    static constexpr int Done = 101;

    // The API of the SQLite library behind `db`, or nullptr.
    static const SqliteApi *forDatabase(const QSqlDatabase &db, void **handle)
    {
        static const SqliteApi api = load();
        const QVariant value = db.driver() ? db.driver()->handle() : QVariant();
        if (!api.m_loaded || !value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
            return nullptr;
        *handle = *static_cast<void *const *>(value.constData());
        return *handle ? &api : nullptr;
    }

    int (*prepare)(void *db, const char *sql, int bytes, void **stmt, const char **tail) = nullptr;
    int (*bindInt64)(void *stmt, int index, long long value) = nullptr;
    int (*bindText)(void *stmt, int index, const char *text, int bytes,
                    void (*destructor)(void *)) = nullptr;
    int (*bindNull)(void *stmt, int index) = nullptr;
    int (*step)(void *stmt) = nullptr;
    int (*reset)(void *stmt) = nullptr;
    int (*clearBindings)(void *stmt) = nullptr;
    int (*finalize)(void *stmt) = nullptr;
    long long (*lastInsertRowid)(void *db) = nullptr;
    int (*changes)(void *db) = nullptr;
    const char *(*errmsg)(void *db) = nullptr;

private:
    static SqliteApi load()
    {
        SqliteApi api;
#if defined(Q_OS_LINUX)
        // Qt's driver plugin is loaded by QSqlDatabase::addDatabase("QSQLITE"),
        // which HistoryStore calls before it asks for the API.
        void *library = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
        if (!library)
            return api;
        auto resolve = [library](auto &function, const char *name) {
            function =
                reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(library, name));
            return function != nullptr;
        };
        api.m_loaded = resolve(api.prepare, "sqlite3_prepare_v2") &&
                       resolve(api.bindInt64, "sqlite3_bind_int64") &&
                       resolve(api.bindText, "sqlite3_bind_text") &&
                       resolve(api.bindNull, "sqlite3_bind_null") &&
                       resolve(api.step, "sqlite3_step") && resolve(api.reset, "sqlite3_reset") &&
                       resolve(api.clearBindings, "sqlite3_clear_bindings") &&
                       resolve(api.finalize, "sqlite3_finalize") &&
                       resolve(api.lastInsertRowid, "sqlite3_last_insert_rowid") &&
                       resolve(api.changes, "sqlite3_changes") &&
                       resolve(api.errmsg, "sqlite3_errmsg");
        // The handle stays open for the life of the process (the driver holds it).
        dlclose(library);
#endif
        return api;
    }

    bool m_loaded = false;
};

// One prepared statement on the raw connection. Binds are 1-based, as in SQLite.
class SqliteStatement
{
public:
    SqliteStatement(const SqliteApi &api, void *db) : m_api(api), m_db(db) {}
    ~SqliteStatement()
    {
        if (m_stmt)
            m_api.finalize(m_stmt);
    }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (m_api.prepare(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) ==
            SqliteApi::Ok)
            return true;
        m_error = QString::fromUtf8(m_api.errmsg(m_db));
        return false;
    }
    void bind(int index, qint64 value) { m_api.bindInt64(m_stmt, index, value); }
    // As UTF-8 (the file's encoding): Qt converts much faster than SQLite's
    // own UTF-16 translation. The bytes are kept until run() (SQLITE_STATIC).
    void bind(int index, const QString &value)
    {
        if (value.isNull()) {
            m_api.bindNull(m_stmt, index);
            return;
        }
        m_texts.append(value.toUtf8());
        const QByteArray &utf8 = m_texts.last();
        m_api.bindText(m_stmt, index, utf8.constData(), int(utf8.size()), nullptr);
    }
    void bindNull(int index) { m_api.bindNull(m_stmt, index); }
    // Runs a statement that returns no rows and resets it at once, so that no
    // statement stays active (and holds a read snapshot) between calls.
    bool run()
    {
        const int result = m_api.step(m_stmt);
        const bool ok = result == SqliteApi::Done || result == SqliteApi::Row;
        if (!ok)
            m_error = QString::fromUtf8(m_api.errmsg(m_db));
        m_api.reset(m_stmt);
        m_api.clearBindings(m_stmt); // no binding may outlive the bytes it points to
        m_texts.clear();
        return ok;
    }
    qint64 lastInsertId() const { return m_api.lastInsertRowid(m_db); }
    int changes() const { return m_api.changes(m_db); }
    QString error() const { return m_error; }

private:
    const SqliteApi &m_api;
    void *m_db = nullptr;
    void *m_stmt = nullptr;
    QString m_error;
    QVarLengthArray<QByteArray, 48> m_texts;
};

} // namespace vp::historydb
