// The services one running desktop app shares: settings, history, the
// password store, the provisioning service, and whether this is the demo.
// Widgets receive it instead of reaching for globals.
#pragma once

#include "config/SecretStore.h"
#include "config/Settings.h"
#include "history/HistoryStore.h"
#include "rules/PhoneRules.h"
#include "service/ProvisioningService.h"

#include <functional>
#include <memory>
#include <optional>
#include <QHash>
#include <QObject>
#include <QUrl>

namespace vp {

class AppContext : public QObject
{
    Q_OBJECT
public:
    AppContext(std::unique_ptr<Settings> settings, std::unique_ptr<HistoryStore> history,
               std::unique_ptr<SecretStore> secrets, QObject *parent = nullptr);
    ~AppContext() override;

    Settings &settings() { return *m_settings; }
    HistoryStore &history() { return *m_history; }
    SecretStore &secrets() { return *m_secrets; }
    ProvisioningService &service() { return *m_service; }

    RuleOptions ruleOptions() const;
    // Connection from the settings plus the API password held in memory.
    ConnectionConfig connectionConfig() const;
    // The VICIdial system the settings point at (address and the user's name).
    VicidialSystem system() const;
    // The connection to a system by its key: the settings' own, or one the
    // user unlocked in this session to continue a batch on its own system.
    // Nothing is ever sent to a system without one of these.
    std::optional<ConnectionConfig> connectionFor(const QString &systemKey) const;
    void rememberConnection(const ConnectionConfig &config);
    QString apiPassword() const { return m_apiPassword; }
    void setApiPassword(const QString &password);
    // The secret store's key for the configured URL and user.
    QString secretKey() const;
    // Reads the password for the configured account from the secret store
    // (asynchronously); a password already given in this run wins.
    void loadApiPassword();
    // Keeps the current password in the secret store; done (optional) learns
    // whether it outlives this run.
    void storeApiPassword(std::function<void(bool persisted, QString error)> done = {});
    // Pushes the current settings and password to the service.
    void applyConnection();

    bool isDemo() const { return m_demo; }
    // Demo mode talks to the built-in simulator at simulatorUrl; its
    // settings keep that address (leaving demo mode means starting without --demo).
    void setDemo(bool demo, const QUrl &simulatorUrl = {})
    {
        m_demo = demo;
        m_demoServer = simulatorUrl;
    }
    QUrl demoServer() const { return m_demoServer; }

signals:
    void connectionChanged();
    // The secret store answered loadApiPassword().
    void apiPasswordLoaded(bool found);

private:
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProvisioningService> m_service;
    QString m_apiPassword;
    QHash<QString, ConnectionConfig> m_otherConnections; // by system key, memory only
    bool m_demo = false;
    QUrl m_demoServer;
};

} // namespace vp
