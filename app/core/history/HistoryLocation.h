// Where the attempt history lives: this computer's SQLite file (the default,
// no setup) or a shared database on a MariaDB/MySQL or PostgreSQL server that
// a team of admins uses together (team mode).
//
// A location never holds the database password: it comes from the keychain
// (desktop, SecretStore key secretKey()) or from an environment variable (the
// command-line tool's --history-password-env), never from a URL or a command
// line, where other users of the machine can read it.
#pragma once

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace vp {

enum class HistoryEngine
{
    Local,      // an SQLite file on this computer
    MariaDb,    // MariaDB or MySQL server (Qt driver QMYSQL, libqt6sql6-mysql)
    PostgreSql, // PostgreSQL server (Qt driver QPSQL, libqt6sql6-psql)
};

struct HistoryLocation
{
    Q_DECLARE_TR_FUNCTIONS(HistoryLocation)

public:
    HistoryEngine engine = HistoryEngine::Local;
    QString path; // Local: the file; empty = HistoryStore::defaultPath()
    QString host;
    int port = 0; // 0 = the engine's default (3306, 5432)
    QString database;
    QString user;
    // TLS to the server, with its certificate checked against the system's
    // certificate authorities, or against caFile when given.
    bool tls = false;
    QString caFile;

    bool isShared() const { return engine != HistoryEngine::Local; }
    int effectivePort() const;
    static int defaultPort(HistoryEngine engine);
    // "QSQLITE", "QMYSQL", "QPSQL"
    QString driverName() const;
    // The Debian package with the driver ("libqt6sql6-mysql", ...).
    QString driverPackage() const;

    // mysql://USER@HOST[:PORT]/DB or postgresql://USER@HOST[:PORT]/DB
    // ("mariadb://" and "postgres://" too), options ?tls=1&ca=/path/ca.pem.
    // A URL with a password (USER:PASS@) is refused with a message saying
    // where the password goes instead; so is anything missing (user, host,
    // database) or unknown (scheme, option). An empty string or a path or
    // file:// URL is a local file.
    static std::optional<HistoryLocation> fromUrl(const QString &url, QString *error = nullptr);
    // The same form (never a password); a local file gives its path, the
    // default local history an empty string.
    QString toUrl() const;
    // For people: "MariaDB database viciprov on db.example.com:3306 (user
    // provisioner)", "this computer (/home/x/.local/share/...)".
    QString displayName() const;
    // The keychain key of the database password (SecretStore).
    QString secretKey() const;

    bool operator==(const HistoryLocation &other) const;
    bool operator!=(const HistoryLocation &other) const { return !(*this == other); }
};

// What "Test connection" found. Blocking (seconds at most, bounded by the
// connect timeout): call it from a worker thread in the desktop app.
struct HistoryConnectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(HistoryConnectionCheck)

public:
    enum class Problem
    {
        None,          // connected; the schema is usable (or will be created/upgraded)
        DriverMissing, // Qt's driver for the engine is not installed
        Unreachable,   // no server answers at host:port (or the name does not resolve)
        TlsFailed,     // TLS asked for and the server's certificate was refused / no TLS
        LoginRefused,  // wrong user or password, or this host is not allowed
        NoDatabase,    // the database does not exist
        NoRights,      // the user may not create or write the history's tables
        SchemaNewer,   // written by a newer version of the program
        Other,
    };
    Problem problem = Problem::Other;
    QString message;       // translated, says what is wrong and what to do
    int schemaVersion = 0; // found on the server; 0 = empty database
    QString serverVersion; // e.g. "10.11.6-MariaDB-0+deb12u1"

    bool ok() const { return problem == Problem::None; }
};

HistoryConnectionCheck checkHistoryConnection(const HistoryLocation &location,
                                              const QString &password);

} // namespace vp
