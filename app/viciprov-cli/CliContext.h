// What every viciprov-cli command shares: the global options resolved
// against the saved settings, the password from a safe source, the history,
// and the exit codes the documentation promises.
#pragma once

#include "api/ApiRequest.h"
#include "config/ConnectionConfig.h"
#include "config/Settings.h"
#include "history/HistoryStore.h"
#include "rules/PhoneRules.h"
#include "service/ProvisioningService.h"

#include <memory>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace vp::cli {

// The translation context of every message of the command-line tool ("Cli" in
// the catalogs).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum ExitCode
{
    ExitAllAdded = 0,
    ExitSomeNotAdded = 1,
    ExitUsage = 2,
    ExitStopped = 3,
    ExitUnreachable = 4,
};

class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err);
    ~CliContext();

    static void addGlobalOptions(QCommandLineParser &parser);
    // Resolves options against settings; false (with a message on err) on bad usage.
    bool init(const QCommandLineParser &parser);

    // Reads the API password (env var, file, keychain, or a prompt on a terminal).
    bool loadPassword(QString *error);
    // Opens the history (and marks attempts left "sending" by a crash).
    bool openHistory(QString *error);
    // Where the history is (--history, --history-url, the saved setting) and
    // the shared database's password (--history-password-env, keychain, prompt).
    bool historyLocation(HistoryLocation *location, QString *error) const;
    bool historyPassword(const HistoryLocation &location, QString *password, QString *error) const;

    ConnectionConfig connection() const;
    QUrl apiUrl() const { return m_apiUrl; }
    // --url was given on this command line (not taken from the saved settings).
    bool urlGiven() const { return m_urlGiven; }
    HttpMethod method() const { return connection().method; }
    RuleOptions ruleOptions() const { return connection().ruleOptions; }
    HistoryStore *history() { return m_history.get(); }
    Settings &settings() { return *m_settings; }
    bool isTerminal() const { return m_terminal; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<HistoryStore> m_history;
    QUrl m_apiUrl;
    bool m_urlGiven = false;
    ConnectionInput m_input; // the saved settings with this command line's options
    QString m_password;
    QString m_passwordEnv;
    QString m_passwordFile;
    QString m_historyPath;
    QString m_historyUrl;
    QString m_historyPasswordEnv;
    bool m_terminal = false;
};

} // namespace vp::cli
