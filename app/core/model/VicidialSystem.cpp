#include "model/VicidialSystem.h"

using namespace Qt::StringLiterals;

namespace vp {

QString VicidialSystem::keyFor(const QUrl &apiUrl)
{
    if (!apiUrl.isValid() || apiUrl.host().isEmpty())
        return {};
    const QString scheme = apiUrl.scheme().toLower();
    const int defaultPort = scheme == "https"_L1 ? 443 : 80;
    QString key = apiUrl.host().toLower(); // QUrl brackets an IPv6 host only in authority()
    if (key.contains(QLatin1Char(':')))
        key = QLatin1Char('[') + key + QLatin1Char(']');
    const int port = apiUrl.port(defaultPort);
    if (port != defaultPort)
        key += QLatin1Char(':') + QString::number(port);
    QString path = apiUrl.adjusted(QUrl::NormalizePathSegments).path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    return key + path;
}

VicidialSystem VicidialSystem::fromApiUrl(const QUrl &apiUrl, const QString &name)
{
    return VicidialSystem{keyFor(apiUrl), name.trimmed()};
}

QString VicidialSystem::displayName() const
{
    if (!name.isEmpty())
        return name;
    return key.section(QLatin1Char('/'), 0, 0);
}

} // namespace vp
