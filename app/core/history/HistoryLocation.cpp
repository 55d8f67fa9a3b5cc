#include "history/HistoryLocation.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace vp {

int HistoryLocation::defaultPort(HistoryEngine engine)
{
    switch (engine) {
    case HistoryEngine::MariaDb:
        return 3306;
    case HistoryEngine::PostgreSql:
        return 5432;
    case HistoryEngine::Local:
        break;
    }
    return 0;
}

int HistoryLocation::effectivePort() const
{
    return port > 0 ? port : defaultPort(engine);
}

QString HistoryLocation::driverName() const
{
    switch (engine) {
    case HistoryEngine::MariaDb:
        return u"QMYSQL"_s;
    case HistoryEngine::PostgreSql:
        return u"QPSQL"_s;
    case HistoryEngine::Local:
        break;
    }
    return u"QSQLITE"_s;
}

QString HistoryLocation::driverPackage() const
{
    switch (engine) {
    case HistoryEngine::MariaDb:
        return u"libqt6sql6-mysql"_s;
    case HistoryEngine::PostgreSql:
        return u"libqt6sql6-psql"_s;
    case HistoryEngine::Local:
        break;
    }
    return u"libqt6sql6-sqlite"_s;
}

std::optional<HistoryLocation> HistoryLocation::fromUrl(const QString &text, QString *error)
{
    auto refuse = [error](const QString &message) -> std::optional<HistoryLocation> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    HistoryLocation location;
    if (trimmed.isEmpty())
        return location;
    const int schemeEnd = trimmed.indexOf("://"_L1);
    if (schemeEnd < 0) {
        location.path = trimmed;
        return location;
    }
    const QString scheme = trimmed.left(schemeEnd).toLower();
    if (scheme == "file"_L1) {
        location.path = QUrl(trimmed).toLocalFile();
        return location;
    }
    if (scheme == "mysql"_L1 || scheme == "mariadb"_L1)
        location.engine = HistoryEngine::MariaDb;
    else if (scheme == "postgresql"_L1 || scheme == "postgres"_L1)
        location.engine = HistoryEngine::PostgreSql;
    else
        return refuse(tr("\"%1\" is not a history address: use mysql://USER@HOST:PORT/DATABASE, "
                         "postgresql://USER@HOST:PORT/DATABASE or a file's path.")
                          .arg(scheme + "://"_L1));

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(tr("The history address is not valid: %1").arg(url.errorString()));
    if (!url.password().isEmpty() || trimmed.section(QLatin1Char('@'), 0, 0).count(u':') > 1)
        return refuse(tr("The history address holds a password: leave it out (anyone on this "
                         "machine can read a command line) and give it with "
                         "--history-password-env VARIABLE, or in Settings (kept in the "
                         "keychain)."));
    location.user = url.userName();
    location.host = url.host();
    location.port = url.port(0);
    location.database = url.path().mid(1);
    if (location.user.isEmpty())
        return refuse(tr("The history address names no database user (USER@ before the host)."));
    if (location.host.isEmpty())
        return refuse(tr("The history address names no host."));
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/')))
        return refuse(tr("The history address names no database (/DATABASE after the host)."));
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == "tls"_L1 || name == "ssl"_L1) {
            if (value != "1"_L1 && value != "0"_L1 && value != "true"_L1 && value != "false"_L1)
                return refuse(tr("The history address's option %1 takes 1 or 0, not \"%2\".")
                                  .arg(name, value));
            location.tls = value == "1"_L1 || value == "true"_L1;
        } else if (name == "ca"_L1) {
            location.caFile = value;
            location.tls = true;
        } else {
            return refuse(
                tr("The history address has an unknown option \"%1\" (known: tls, ca).").arg(name));
        }
    }
    return location;
}

QString HistoryLocation::toUrl() const
{
    if (engine == HistoryEngine::Local)
        return path;
    QUrl url;
    url.setScheme(engine == HistoryEngine::MariaDb ? u"mysql"_s : u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (tls)
        query.addQueryItem(u"tls"_s, u"1"_s);
    if (!caFile.isEmpty())
        query.addQueryItem(u"ca"_s, caFile);
    url.setQuery(query);
    return url.toString();
}

QString HistoryLocation::displayName() const
{
    switch (engine) {
    case HistoryEngine::MariaDb:
        return tr("MariaDB database %1 on %2:%3 (user %4)")
            .arg(database, host)
            .arg(effectivePort())
            .arg(user);
    case HistoryEngine::PostgreSql:
        return tr("PostgreSQL database %1 on %2:%3 (user %4)")
            .arg(database, host)
            .arg(effectivePort())
            .arg(user);
    case HistoryEngine::Local:
        break;
    }
    return path.isEmpty() ? tr("this computer") : tr("this computer (%1)").arg(path);
}

QString HistoryLocation::secretKey() const
{
    return "history/"_L1 + toUrl();
}

bool HistoryLocation::operator==(const HistoryLocation &other) const
{
    if (engine != other.engine)
        return false;
    if (engine == HistoryEngine::Local)
        return QFileInfo(path).absoluteFilePath() == QFileInfo(other.path).absoluteFilePath();
    return host.compare(other.host, Qt::CaseInsensitive) == 0 &&
           effectivePort() == other.effectivePort() && database == other.database &&
           user == other.user && tls == other.tls && caFile == other.caFile;
}

} // namespace vp
