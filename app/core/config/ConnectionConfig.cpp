#include "config/ConnectionConfig.h"

#include "api/ApiEndpoint.h"
#include "config/Settings.h"

using namespace Qt::StringLiterals;

namespace vp {

ConnectionInput ConnectionInput::fromSettings(const Settings &settings)
{
    ConnectionInput input;
    input.serverUrl = settings.value(SettingKey::ServerUrl).toString();
    input.user = settings.value(SettingKey::ApiUser).toString();
    input.source = settings.value(SettingKey::SourceLabel).toString();
    input.method = settings.value(SettingKey::Method).toString();
    input.concurrency = settings.value(SettingKey::Concurrency).toInt();
    input.timeoutSeconds = settings.value(SettingKey::TimeoutSeconds).toInt();
    input.trustedCertificates = settings.value(SettingKey::TrustedCertificates).toStringList();
    input.nonLatin = settings.value(SettingKey::NonLatin).toBool();
    input.systemName = settings.systemName(ApiEndpoint::systemKeyOf(input.serverUrl));
    return input;
}

ConnectionResult connectionFromInput(const ConnectionInput &input, const QString &password)
{
    ConnectionResult result;
    ConnectionConfig &config = result.config;
    const EndpointResult endpoint = ApiEndpoint::fromUserInput(input.serverUrl);
    config.apiUrl = endpoint.apiUrl;
    result.error = endpoint.error;
    result.warnings = endpoint.warnings;
    config.credentials.user = input.user.trimmed();
    config.credentials.password = password;
    config.credentials.source = input.source.trimmed();
    config.method =
        input.method.trimmed().toLower() == "get"_L1 ? HttpMethod::Get : HttpMethod::Post;
    config.concurrency = qBound(1, input.concurrency, 8);
    config.timeoutMs = qMax(1, input.timeoutSeconds) * 1000;
    for (QString pin : input.trustedCertificates) {
        pin = pin.trimmed().remove(QLatin1Char(':')).toLower();
        if (!pin.isEmpty() && !config.trustedCertificates.contains(pin))
            config.trustedCertificates << pin;
    }
    config.ruleOptions.nonLatin = input.nonLatin;
    config.systemName = input.systemName.trimmed();
    return result;
}

ConnectionConfig connectionFromSettings(const Settings &settings, const QString &password)
{
    return connectionFromInput(ConnectionInput::fromSettings(settings), password).config;
}

TransportOptions transportOptions(const ConnectionConfig &config)
{
    TransportOptions options;
    options.method = config.method;
    options.timeoutMs = config.timeoutMs;
    options.trustedCertificates = config.trustedCertificates;
    return options;
}

} // namespace vp
