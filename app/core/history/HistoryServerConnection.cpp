// Team mode: connecting to the shared history's server. One place for the
// connect options, the TLS rule and what a refused connection means in
// words, used by the history, its second connections and "Test connection".
#include "history/HistoryStorePrivate.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace vp::historydb {

namespace {

using Problem = HistoryConnectionCheck::Problem;

QString connectOptions(const HistoryLocation &location)
{
    // Seconds, not minutes: a server that is gone must pause a batch soon.
    const QString systemCas = u"/etc/ssl/certs/ca-certificates.crt"_s;
    const QString ca = location.caFile.isEmpty() ? systemCas : location.caFile;
    QStringList options;
    if (location.engine == HistoryEngine::MariaDb) {
        options << u"MYSQL_OPT_CONNECT_TIMEOUT=5"_s << u"MYSQL_OPT_READ_TIMEOUT=30"_s
                << u"MYSQL_OPT_WRITE_TIMEOUT=30"_s;
        // The client library then checks the server's certificate chain
        // against these authorities, but falls back to an unencrypted
        // connection when the server offers no TLS: checkTls() refuses that.
        if (location.tls)
            options << "SSL_CA="_L1 + ca;
    } else {
        options << u"connect_timeout=5"_s;
        options << (location.tls ? "sslmode=verify-full;sslrootcert="_L1 + ca
                                 : u"sslmode=prefer"_s);
    }
    return options.join(QLatin1Char(';'));
}

bool contains(const QString &text, const char *part)
{
    return text.contains(QLatin1StringView(part), Qt::CaseInsensitive);
}

// The driver's words for a refused connection, sorted into what the user can
// act on. MariaDB's client gives its error numbers; PostgreSQL's only text.
Problem classify(const HistoryLocation &place, const QSqlError &error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (place.engine == HistoryEngine::MariaDb) {
        const int code = error.nativeErrorCode().toInt();
        switch (code) {
        case 1045: // access denied (user or password)
        case 1130: // this host may not connect
        case 1251: // authentication method unknown to the client
        case 1698: // access denied (socket authentication)
            return Problem::LoginRefused;
        case 1049: // unknown database
            return Problem::NoDatabase;
        case 1044: // no rights on that database
            return Problem::NoRights;
        case 2026: // TLS handshake or certificate
            return Problem::TlsFailed;
        case 2002: // cannot connect (socket)
        case 2003: // cannot connect (TCP)
        case 2005: // unknown host
        case 2006: // gone away
        case 2013: // lost during the handshake
            return Problem::Unreachable;
        default:
            break;
        }
        if (contains(text, "ssl") || contains(text, "tls") || contains(text, "certificate"))
            return Problem::TlsFailed;
        return Problem::Other;
    }
    if (contains(text, "password authentication failed") || contains(text, "pg_hba.conf") ||
        contains(text, "authentication failed") ||
        (contains(text, "role \"") && contains(text, "does not exist")))
        return Problem::LoginRefused;
    if (contains(text, "database \"") && contains(text, "does not exist"))
        return Problem::NoDatabase;
    if (contains(text, "permission denied"))
        return Problem::NoRights;
    if (contains(text, "ssl") || contains(text, "certificate"))
        return Problem::TlsFailed;
    if (contains(text, "could not connect") || contains(text, "connection refused") ||
        contains(text, "could not translate host name") || contains(text, "timeout expired") ||
        contains(text, "no route to host") || contains(text, "network is unreachable") ||
        contains(text, "connection to server"))
        return Problem::Unreachable;
    return Problem::Other;
}

QString redact(QString text, const QString &password)
{
    if (password.size() >= 1)
        text.replace(password, u"••••"_s);
    return text.trimmed();
}

QString explain(Problem problem, const HistoryLocation &place, const QString &detail)
{
    const QString address = u"%1:%2"_s.arg(place.host).arg(place.effectivePort());
    switch (problem) {
    case Problem::DriverMissing:
        return HistoryConnectionCheck::tr(
                   "Qt's driver for this database is missing: install the package %1.")
            .arg(place.driverPackage());
    case Problem::Unreachable:
        return HistoryConnectionCheck::tr(
                   "No database server answers at %1 (%2). Check the host and the port, that the "
                   "server runs and listens on the network (MariaDB: bind-address), and that no "
                   "firewall stands between.")
            .arg(address, detail);
    case Problem::TlsFailed:
        return HistoryConnectionCheck::tr(
                   "The encrypted connection to %1 failed (%2). Check that the server has TLS "
                   "turned on and that its certificate is signed by the authority given as CA "
                   "file (or a system one).")
            .arg(address, detail);
    case Problem::LoginRefused:
        return HistoryConnectionCheck::tr(
                   "The server at %1 refused the login of user \"%2\" (%3). Check the user and "
                   "the password, and that the user may connect from this computer (MariaDB: "
                   "'user'@'host'; PostgreSQL: pg_hba.conf).")
            .arg(address, place.user, detail);
    case Problem::NoDatabase:
        return HistoryConnectionCheck::tr(
                   "The database \"%1\" does not exist on %2. Create it as the user guide says "
                   "(Team mode), or correct its name.")
            .arg(place.database, address);
    case Problem::NoRights:
        return HistoryConnectionCheck::tr(
                   "User \"%1\" has no rights on the database \"%2\", or it does not exist "
                   "(%3). Create it and grant the rights the user guide lists (Team mode).")
            .arg(place.user, place.database, detail);
    case Problem::SchemaNewer:
    case Problem::None:
    case Problem::Other:
        break;
    }
    return HistoryConnectionCheck::tr("Could not connect to %1: %2").arg(address, detail);
}

// TLS asked for must mean an encrypted connection: MariaDB's client quietly
// connects without TLS to a server that offers none.
bool checkTls(QSqlDatabase &db, const HistoryLocation &place, Problem *problem, QString *error)
{
    if (!place.tls)
        return true;
    QSqlQuery query(db);
    const bool mariaDb = place.engine == HistoryEngine::MariaDb;
    const QString sql = mariaDb ? u"SHOW SESSION STATUS LIKE 'Ssl_cipher'"_s
                                : u"SELECT CASE WHEN ssl THEN cipher ELSE '' END FROM pg_stat_ssl"
                                  " WHERE pid = pg_backend_pid()"_s;
    QString cipher;
    if (query.exec(sql) && query.next())
        cipher = query.value(mariaDb ? 1 : 0).toString();
    if (!cipher.isEmpty())
        return true;
    *problem = Problem::TlsFailed;
    *error = HistoryConnectionCheck::tr(
                 "The server at %1:%2 does not encrypt the connection although TLS is asked for: "
                 "nothing was sent. Turn TLS on at the server, or turn it off here if the network "
                 "between is trusted.")
                 .arg(place.host)
                 .arg(place.effectivePort());
    return false;
}

bool setUpSession(QSqlDatabase &db, const HistoryLocation &place, Problem *problem, QString *error)
{
    if (!checkTls(db, place, problem, error)) {
        db.close();
        return false;
    }
    if (dialectOf(db) == Dialect::MySql) {
        // Claims insert and delete single keys: without gap locks two
        // programs' transactions do not block or deadlock each other.
        exec(db, u"SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED"_s, nullptr);
        exec(db, u"SET NAMES utf8mb4"_s, nullptr);
    }
    return true;
}

bool refused(QSqlDatabase &db, const HistoryLocation &place, const QString &password,
             Problem *problem, QString *error)
{
    *problem = classify(place, db.lastError());
    // The server's words; the driver's ("QMYSQL: Unable to connect") add nothing.
    const QSqlError failure = db.lastError();
    const QString detail =
        failure.databaseText().isEmpty() ? failure.text() : failure.databaseText();
    *error = explain(*problem, place, redact(detail, password));
    return false;
}

} // namespace

bool openServer(QSqlDatabase &db, const HistoryLocation &place, const QString &password,
                Problem *problem, QString *error)
{
    if (!db.isValid()) {
        *problem = Problem::DriverMissing;
        *error = explain(*problem, place, {});
        return false;
    }
    db.setHostName(place.host);
    db.setPort(place.effectivePort());
    db.setDatabaseName(place.database);
    db.setUserName(place.user);
    db.setPassword(password);
    db.setConnectOptions(connectOptions(place));
    if (!db.open())
        return refused(db, place, password, problem, error);
    return setUpSession(db, place, problem, error);
}

bool openClone(QSqlDatabase &db, const HistoryLocation &place, Problem *problem, QString *error)
{
    if (!db.open())
        return refused(db, place, db.password(), problem, error);
    return setUpSession(db, place, problem, error);
}

} // namespace vp::historydb
