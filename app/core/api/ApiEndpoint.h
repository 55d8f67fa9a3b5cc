// Turns whatever a user pastes as "the server" into the URL of VICIdial's
// non-agent API, or says plainly what is wrong with it.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace vp {

using namespace Qt::StringLiterals;

struct EndpointResult
{
    QUrl apiUrl;           // <base>/vicidial/non_agent_api.php, no query, no user info
    QString error;         // translated; empty when the input was usable
    QStringList warnings;  // translated; things the user should know (unencrypted, parts ignored)
    bool insecure = false; // plain http to a host other than this machine
    bool ok() const { return error.isEmpty(); }
};

class ApiEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ApiEndpoint)

public:
    // Accepts "dialer.example.com", "10.0.0.5:8080", "[2001:db8::5]", "https://host/",
    // ".../vicidial/", the full ".../vicidial/non_agent_api.php" URL (or another page of
    // the admin or agent screens), with or without a trailing slash, query or fragment.
    // Without a scheme http is used, as VICIdial installs default to it. http:// to a host
    // that is not this machine sets insecure and adds a warning.
    static EndpointResult fromUserInput(const QString &input);
    // The VicidialSystem key of the system a typed address means; empty when
    // the address is unusable.
    static QString systemKeyOf(const QString &input);
    // localhost, *.localhost, 127.0.0.0/8 and ::1.
    static bool isLoopback(const QUrl &url);
    static QString apiPath() { return u"/vicidial/non_agent_api.php"_s; }
};

} // namespace vp
