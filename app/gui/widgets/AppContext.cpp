#include "widgets/AppContext.h"

#include "config/ConnectionConfig.h"

#include <QPointer>

namespace vp {

AppContext::AppContext(std::unique_ptr<Settings> settings, std::unique_ptr<HistoryStore> history,
                       std::unique_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_history(std::move(history))
    , m_secrets(std::move(secrets))
    , m_service(std::make_unique<ProvisioningService>(m_history.get()))
{
    connect(m_settings.get(), &Settings::changed, this, [this](SettingKey key) {
        switch (key) {
        case SettingKey::ServerUrl:
        case SettingKey::ApiUser:
        case SettingKey::SourceLabel:
        case SettingKey::Method:
        case SettingKey::Concurrency:
        case SettingKey::TimeoutSeconds:
        case SettingKey::TrustedCertificates:
        case SettingKey::NonLatin:
            applyConnection();
            break;
        default:
            break;
        }
    });
    applyConnection();
}

AppContext::~AppContext()
{
    // The service's replies must go before the history they write to.
    m_service.reset();
}

RuleOptions AppContext::ruleOptions() const
{
    RuleOptions options;
    options.nonLatin = m_settings->value(SettingKey::NonLatin).toBool();
    // The build read from the system the settings point at (unknown: the
    // newest rules); another system's build never applies here.
    options.build = m_service->builds().build(system().key);
    return options;
}

ConnectionConfig AppContext::connectionConfig() const
{
    return connectionFromSettings(*m_settings, m_apiPassword);
}

VicidialSystem AppContext::system() const
{
    const ConnectionConfig config = connectionConfig();
    return VicidialSystem::fromApiUrl(config.apiUrl, config.systemName);
}

std::optional<ConnectionConfig> AppContext::connectionFor(const QString &systemKey) const
{
    const ConnectionConfig current = connectionConfig();
    if (VicidialSystem::keyFor(current.apiUrl) == systemKey)
        return current;
    const auto it = m_otherConnections.constFind(systemKey);
    if (it == m_otherConnections.cend())
        return std::nullopt;
    return *it;
}

void AppContext::rememberConnection(const ConnectionConfig &config)
{
    m_otherConnections.insert(VicidialSystem::keyFor(config.apiUrl), config);
}

void AppContext::setApiPassword(const QString &password)
{
    if (password == m_apiPassword)
        return;
    m_apiPassword = password;
    applyConnection();
}

QString AppContext::secretKey() const
{
    return SecretStore::keyFor(m_settings->value(SettingKey::ServerUrl).toString(),
                               m_settings->value(SettingKey::ApiUser).toString());
}

void AppContext::loadApiPassword()
{
    const QString key = secretKey();
    QPointer<AppContext> self(this);
    m_secrets->read(key, [self, key](std::optional<QString> secret, const QString &) {
        if (!self || key != self->secretKey())
            return;
        const bool found = secret.has_value() && !secret->isEmpty();
        if (found && self->m_apiPassword.isEmpty())
            self->setApiPassword(*secret);
        emit self->apiPasswordLoaded(found);
    });
}

void AppContext::storeApiPassword(std::function<void(bool, QString)> done)
{
    m_secrets->write(secretKey(), m_apiPassword,
                     [done = std::move(done)](bool persisted, const QString &error) {
                         if (done)
                             done(persisted, error);
                     });
}

void AppContext::applyConnection()
{
    m_service->setConnection(connectionConfig());
    emit connectionChanged();
}

} // namespace vp
