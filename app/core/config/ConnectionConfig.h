// Where and how requests go: one VICIdial system's API address, the login,
// and the transport's choices. Built from the settings (and the command line)
// in one place, connectionFromInput(), so that the desktop app and the
// command-line tool normalise the address and clamp the numbers alike.
#pragma once

#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "rules/PhoneRules.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace vp {

using namespace Qt::StringLiterals;

class Settings;

struct ConnectionConfig
{
    QUrl apiUrl;
    ApiCredentials credentials;
    HttpMethod method = HttpMethod::Post;
    int concurrency = 4; // 1..8
    int timeoutMs = 30000;
    // SHA-256 fingerprints (hex, no separators, lower case) of certificates the
    // user chose to trust although they fail verification (self-signed).
    QStringList trustedCertificates;
    // How the server cleans fields (non-latin mode keeps letters of any script).
    RuleOptions ruleOptions;
    // The user's name for this VICIdial system, recorded with each attempt.
    QString systemName;
};

// The connection as stored in the settings or typed (in a form or on the
// command line), before it is checked.
struct ConnectionInput
{
    QString serverUrl; // as typed: "dialer.example.com", "https://host/vicidial/non_agent_api.php"
    QString user;
    QString source;
    QString method = u"post"_s; // "post" or "get", any case
    int concurrency = 4;
    int timeoutSeconds = 30;
    // Fingerprints as typed or stored: hex, with or without colons, any case.
    QStringList trustedCertificates;
    bool nonLatin = false;
    QString systemName;

    static ConnectionInput fromSettings(const Settings &settings);
};

struct ConnectionResult
{
    ConnectionConfig config;
    QString error;        // why the server address is unusable (empty when it is usable)
    QStringList warnings; // e.g. plain http to another host
    bool ok() const { return error.isEmpty(); }
};

// Normalises the address through ApiEndpoint (the API path added, a bare
// host made http), reads the method, clamps concurrency (1..8) and the time
// limit (at least 1 s), and normalises the pins.
ConnectionResult connectionFromInput(const ConnectionInput &input, const QString &password);
// The saved settings with this password (an unusable address gives an empty apiUrl).
ConnectionConfig connectionFromSettings(const Settings &settings, const QString &password);
// What the transport needs of a connection.
TransportOptions transportOptions(const ConnectionConfig &config);

} // namespace vp
