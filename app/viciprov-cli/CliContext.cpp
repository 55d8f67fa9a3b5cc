#include "CliContext.h"

#include "api/ApiEndpoint.h"
#include "config/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace vp::cli {

namespace {
// Reads one line from the terminal with echo off.
QString promptPassword(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[512] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    QString line = got ? QString::fromLocal8Bit(buffer) : QString();
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    std::fill(std::begin(buffer), std::end(buffer), 0);
    return line;
}
} // namespace

CliContext::CliContext(QTextStream &out, QTextStream &err) : m_out(out), m_err(err)
{
    m_terminal = isatty(STDERR_FILENO) == 1;
}

CliContext::~CliContext() = default;

void CliContext::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"url"_s, Cli::tr("VICIdial server address (host, base URL or the full API URL)."),
         Cli::tr("URL")},
        {u"user"_s, Cli::tr("API user."), Cli::tr("USER")},
        {u"password-env"_s, Cli::tr("Read the API password from this environment variable."),
         Cli::tr("VAR")},
        {u"password-file"_s, Cli::tr("Read the API password from the first line of this file."),
         Cli::tr("FILE")},
        {u"source"_s, Cli::tr("Source label for the server's API log (2+ letters or digits)."),
         Cli::tr("LABEL")},
        {u"method"_s, Cli::tr("post (default; keeps passwords out of web logs) or get."),
         Cli::tr("METHOD")},
        {u"concurrency"_s, Cli::tr("Requests in flight at once, 1-8 (default 4)."), Cli::tr("N")},
        {u"timeout"_s, Cli::tr("Seconds to wait for each reply (default 30)."), Cli::tr("SECONDS")},
        {u"history"_s, Cli::tr("History database file (default: the app's)."), Cli::tr("FILE")},
        {u"history-url"_s,
         Cli::tr("Shared history on a database server (team mode): "
                 "mysql://USER@HOST:PORT/DB or postgresql://USER@HOST:PORT/DB, "
                 "optionally ?tls=1&ca=FILE. Never put the password in it."),
         Cli::tr("URL")},
        {u"history-password-env"_s,
         Cli::tr("Read the shared history's database password from this environment variable."),
         Cli::tr("VAR")},
        {u"trust-cert"_s,
         Cli::tr("Trust a server certificate with this SHA-256 fingerprint (self-signed servers)."),
         Cli::tr("SHA256")},
        {u"non-latin"_s,
         Cli::tr("The server runs in non-latin mode: letters of any script are kept.")},
    });
}

bool CliContext::init(const QCommandLineParser &parser)
{
    m_settings = Settings::createDefault();
    // The saved connection, each part overridden by its option; the core
    // builds the connection from it as it does for the desktop app.
    m_input = ConnectionInput::fromSettings(*m_settings);
    const QString savedSystem = ApiEndpoint::systemKeyOf(m_input.serverUrl);
    const QString url = parser.isSet(u"url"_s) ? parser.value(u"url"_s) : m_input.serverUrl;
    if (url.trimmed().isEmpty()) {
        m_err << Cli::tr(
                     "No server given: use --url URL (or save one in the desktop app's settings).")
              << Qt::endl;
        return false;
    }
    m_input.serverUrl = url;
    const ConnectionResult endpoint = connectionFromInput(m_input, {});
    if (!endpoint.ok()) {
        m_err << Cli::tr("Bad --url \"%1\": %2").arg(url, endpoint.error) << Qt::endl;
        return false;
    }
    for (const auto &warning : endpoint.warnings)
        m_err << Cli::tr("warning: %1").arg(warning) << Qt::endl;
    m_apiUrl = endpoint.config.apiUrl;
    m_urlGiven = parser.isSet(u"url"_s);
    // The saved name belongs to the saved system only.
    if (VicidialSystem::keyFor(m_apiUrl) != savedSystem)
        m_input.systemName.clear();

    if (parser.isSet(u"user"_s))
        m_input.user = parser.value(u"user"_s);
    if (parser.isSet(u"source"_s))
        m_input.source = parser.value(u"source"_s);
    const QString method =
        (parser.isSet(u"method"_s) ? parser.value(u"method"_s) : m_input.method).toLower();
    if (method != "post"_L1 && method != "get"_L1) {
        m_err << Cli::tr("Bad --method \"%1\": use post or get.").arg(method) << Qt::endl;
        return false;
    }
    m_input.method = method;

    bool ok = true;
    m_input.concurrency = parser.isSet(u"concurrency"_s) ? parser.value(u"concurrency"_s).toInt(&ok)
                                                         : m_input.concurrency;
    if (!ok || m_input.concurrency < 1 || m_input.concurrency > 8) {
        m_err << Cli::tr("Bad --concurrency: use a number from 1 to 8.") << Qt::endl;
        return false;
    }
    m_input.timeoutSeconds =
        parser.isSet(u"timeout"_s) ? parser.value(u"timeout"_s).toInt(&ok) : m_input.timeoutSeconds;
    if (!ok || m_input.timeoutSeconds < 1 || m_input.timeoutSeconds > 600) {
        m_err << Cli::tr("Bad --timeout: use a number of seconds from 1 to 600.") << Qt::endl;
        return false;
    }
    m_passwordEnv = parser.value(u"password-env"_s);
    m_passwordFile = parser.value(u"password-file"_s);
    if (!m_passwordEnv.isEmpty() && !m_passwordFile.isEmpty()) {
        m_err << Cli::tr("Use either --password-env or --password-file, not both.") << Qt::endl;
        return false;
    }
    m_historyPath = parser.value(u"history"_s);
    m_historyUrl = parser.value(u"history-url"_s);
    m_historyPasswordEnv = parser.value(u"history-password-env"_s);
    if (!m_historyPath.isEmpty() && !m_historyUrl.isEmpty()) {
        m_err << Cli::tr("Use either --history FILE or --history-url URL, not both.") << Qt::endl;
        return false;
    }
    m_input.trustedCertificates << parser.values(u"trust-cert"_s);
    m_input.nonLatin = m_input.nonLatin || parser.isSet(u"non-latin"_s);
    return true;
}

bool CliContext::loadPassword(QString *error)
{
    if (m_input.user.isEmpty()) {
        *error = Cli::tr("No API user given: use --user USER.");
        return false;
    }
    if (!m_passwordEnv.isEmpty()) {
        if (!qEnvironmentVariableIsSet(m_passwordEnv.toLocal8Bit().constData())) {
            *error = Cli::tr("The environment variable %1 (from --password-env) is not set.")
                         .arg(m_passwordEnv);
            return false;
        }
        m_password = qEnvironmentVariable(m_passwordEnv.toLocal8Bit().constData());
        return true;
    }
    if (!m_passwordFile.isEmpty()) {
        QFile file(m_passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Cli::tr("Cannot read the password file %1: %2")
                         .arg(m_passwordFile, file.errorString());
            return false;
        }
        m_password = QString::fromUtf8(file.readLine()).trimmed();
        return true;
    }
    // The desktop app's keychain entry, where one works.
    KeychainSecretStore keychain;
    QEventLoop loop;
    std::optional<QString> stored;
    keychain.read(SecretStore::keyFor(m_apiUrl.toString(), m_input.user),
                  [&](std::optional<QString> secret, const QString &) {
                      stored = std::move(secret);
                      loop.quit();
                  });
    if (!stored)
        loop.exec();
    if (stored && !stored->isEmpty()) {
        m_password = *stored;
        return true;
    }
    if (isatty(STDIN_FILENO)) {
        m_password = promptPassword(Cli::tr("API password for %1: ").arg(m_input.user));
        if (!m_password.isEmpty())
            return true;
    }
    *error =
        Cli::tr("No API password: use --password-env VAR or --password-file FILE (passwords are "
                "never taken from the command line, where other users can see them).");
    return false;
}

bool CliContext::openHistory(QString *error)
{
    m_history = std::make_unique<HistoryStore>();
    HistoryLocation location;
    QString password;
    if (!historyLocation(&location, error) ||
        (location.isShared() && !historyPassword(location, &password, error)))
        return false;
    if (!m_history->open(location, password, error))
        return false;
    const int interrupted = m_history->markInterrupted();
    if (interrupted > 0) {
        m_err << Cli::tr(
                     "note: %n attempt(s) were left unfinished by an earlier run; their outcome "
                     "is unknown. Importing the same rows again resolves them safely.",
                     nullptr, interrupted)
              << Qt::endl;
    }
    return true;
}

// --history FILE, --history-url URL, else the desktop app's choice (Settings >
// History), else this computer's file.
bool CliContext::historyLocation(HistoryLocation *location, QString *error) const
{
    if (!m_historyPath.isEmpty()) {
        location->path = m_historyPath;
        return true;
    }
    QString problem;
    const QString url = m_historyUrl.isEmpty()
                            ? m_settings->value(SettingKey::HistoryUrl).toString()
                            : m_historyUrl;
    const auto parsed = HistoryLocation::fromUrl(url, &problem);
    if (!parsed) {
        *error = m_historyUrl.isEmpty()
                     ? Cli::tr("The history saved in the settings is not usable: %1").arg(problem)
                     : Cli::tr("Bad --history-url: %1").arg(problem);
        return false;
    }
    *location = *parsed;
    return true;
}

// The environment variable, else the keychain (where the desktop app keeps
// it), else a prompt on a terminal. Never the command line.
bool CliContext::historyPassword(const HistoryLocation &location, QString *password,
                                 QString *error) const
{
    if (!m_historyPasswordEnv.isEmpty()) {
        const QByteArray name = m_historyPasswordEnv.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData())) {
            *error =
                Cli::tr("The environment variable %1 (from --history-password-env) is not set.")
                    .arg(m_historyPasswordEnv);
            return false;
        }
        *password = qEnvironmentVariable(name.constData());
        return true;
    }
    KeychainSecretStore keychain;
    QEventLoop loop;
    std::optional<QString> stored;
    bool answered = false;
    keychain.read(location.secretKey(), [&](std::optional<QString> secret, const QString &) {
        stored = std::move(secret);
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    if (stored && !stored->isEmpty()) {
        *password = *stored;
        return true;
    }
    if (isatty(STDIN_FILENO)) {
        *password =
            promptPassword(Cli::tr("Database password for %1: ").arg(location.displayName()));
        if (!password->isEmpty())
            return true;
    }
    *error = Cli::tr("No password for the shared history %1: use --history-password-env VAR "
                     "(passwords are never taken from the command line, where other users can "
                     "see them).")
                 .arg(location.displayName());
    return false;
}

ConnectionConfig CliContext::connection() const
{
    return connectionFromInput(m_input, m_password).config;
}

} // namespace vp::cli
