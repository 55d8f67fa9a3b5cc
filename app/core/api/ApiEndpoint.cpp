#include "api/ApiEndpoint.h"

#include "model/VicidialSystem.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

bool hasScheme(const QString &text)
{
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    return scheme.match(text).hasMatch();
}

// "fe80::1" or "2001:db8::5:8080"-style input without brackets: wrap the
// address in brackets so that it parses as a host, not as host:port.
QString bracketBareIpv6(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString host = slash < 0 ? text : text.left(slash);
    if (host.count(QLatin1Char(':')) < 2 || host.startsWith(QLatin1Char('[')))
        return text;
    QHostAddress address;
    if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return text;
    return QLatin1Char('[') + host + QLatin1Char(']') + (slash < 0 ? QString() : text.mid(slash));
}

bool isValidHostName(const QString &aceHost)
{
    // Labels of letters, digits, '-' and '_' (seen in internal DNS names).
    static const QRegularExpression name(
        u"^[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?"
        "(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\\.?$"_s);
    return aceHost.size() <= 253 && name.match(aceHost).hasMatch();
}

bool isPageName(const QString &segment)
{
    return segment.endsWith(".php"_L1, Qt::CaseInsensitive) ||
           segment.endsWith(".html"_L1, Qt::CaseInsensitive) ||
           segment.endsWith(".htm"_L1, Qt::CaseInsensitive);
}

} // namespace

bool ApiEndpoint::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return false;
    if (host == "localhost"_L1 || host.endsWith(".localhost"_L1) || host == "localhost."_L1)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

EndpointResult ApiEndpoint::fromUserInput(const QString &input)
{
    EndpointResult result;
    QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = tr("Enter the address of the VICIdial server, for example "
                          "https://dialer.example.com.");
        return result;
    }
    for (const QChar c : std::as_const(text)) {
        if (c.isSpace()) {
            result.error = tr("The server address must not contain spaces.");
            return result;
        }
        if (c.category() == QChar::Other_Control) {
            result.error = tr("The server address contains a control character.");
            return result;
        }
    }

    const bool schemeGiven = hasScheme(text);
    static const QRegularExpression brokenScheme(u"^https?(?::/?(?!/)|//)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    if (!schemeGiven && brokenScheme.match(text).hasMatch()) {
        result.error = tr("The address begins with a mistyped \"http://\" or \"https://\".");
        return result;
    }
    if (!schemeGiven) {
        if (text.startsWith("//"_L1))
            text.remove(0, 2);
        text = u"http://"_s + bracketBareIpv6(text);
    }

    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (schemeGiven && scheme != "http"_L1 && scheme != "https"_L1) {
        result.error =
            tr("The address starts with \"%1://\": only http:// and https:// "
               "addresses are supported.")
                .arg(url.scheme().isEmpty() ? text.section(QLatin1Char(':'), 0, 0) : url.scheme());
        return result;
    }
    if (!url.isValid()) {
        result.error = tr("\"%1\" is not a valid web address. Enter the server's name or IP "
                          "address, for example https://dialer.example.com or 10.0.0.5.")
                           .arg(input.trimmed());
        return result;
    }
    if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        result.error = tr("Remove the user name and password from the address; enter them in "
                          "the API user and password fields instead.");
        return result;
    }
    const QString host = url.host(QUrl::FullyEncoded);
    if (host.isEmpty()) {
        result.error = tr("The address has no server name or IP address.");
        return result;
    }
    const bool ipLiteral = !QHostAddress(url.host()).isNull();
    if (!ipLiteral && !isValidHostName(host)) {
        result.error = tr("\"%1\" is not a valid server name: use letters, digits, '-' and '.' "
                          "only.")
                           .arg(url.host());
        return result;
    }
    if (url.port() == 0) {
        result.error = tr("Port 0 is not a valid port.");
        return result;
    }

    // Reduce the path to the base the site is installed under ("" or a
    // prefix such as "/pbx"), whatever page of it the user pasted.
    QStringList segments = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segments.isEmpty() &&
        segments.last().compare("non_agent_api.php"_L1, Qt::CaseInsensitive) == 0) {
        segments.removeLast();
    } else if (!segments.isEmpty() && isPageName(segments.last())) {
        result.warnings << tr("The address points at the page \"%1\"; the API page "
                              "non_agent_api.php next to it is used instead.")
                               .arg(QUrl::fromPercentEncoding(segments.last().toUtf8()));
        segments.removeLast();
    }
    // The admin screens live in /vicidial/, the agent screen in /agc/.
    if (!segments.isEmpty() && (segments.last().compare("vicidial"_L1, Qt::CaseInsensitive) == 0 ||
                                segments.last().compare("agc"_L1, Qt::CaseInsensitive) == 0)) {
        segments.removeLast();
    }
    QString path;
    for (const QString &segment : std::as_const(segments))
        path += QLatin1Char('/') + segment;
    path += apiPath();

    QUrl api;
    api.setScheme(scheme);
    api.setHost(url.host());
    api.setPort(url.port());
    api.setPath(path, QUrl::StrictMode);
    if (!api.isValid()) {
        result.error = tr("\"%1\" is not a valid web address.").arg(input.trimmed());
        return result;
    }
    if (url.hasQuery() || url.hasFragment()) {
        // The query may hold a password: say that it was dropped, never echo it.
        result.warnings << tr("The part of the address after \"?\" or \"#\" is ignored.");
    }

    result.apiUrl = api;
    if (scheme == "http"_L1 && !isLoopback(api)) {
        result.insecure = true;
        if (schemeGiven) {
            result.warnings << tr("The connection is not encrypted (http): the API password and "
                                  "the phone passwords cross the network readable by anyone on "
                                  "the way. Use https:// if the server supports it.");
        } else {
            result.warnings << tr("No http:// or https:// given, so http is used, as on a default "
                                  "VICIdial install. The connection is not encrypted: the API "
                                  "password and the phone passwords cross the network readable "
                                  "by anyone on the way. Type https:// in front if the server "
                                  "supports it.");
        }
    }
    return result;
}

QString ApiEndpoint::systemKeyOf(const QString &input)
{
    return VicidialSystem::keyFor(fromUserInput(input).apiUrl);
}

} // namespace vp
