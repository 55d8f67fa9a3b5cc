#include "SimBuild.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

struct KnownBuild
{
    const char *version;
    const char *build;
};

// $version and $build of non_agent_api.php at the builds where something the
// product uses changed, and one on each side of each change.
const KnownBuild kBuilds[] = {
    {"2.4-27", "110127-2245"},
    {"2.4-33", "110424-0854"},
    {"2.4-34", "110529-1220"},
    {"2.4-37", "110821-2318"},
    {"2.4-38", "110928-2110"},
    {"2.4-39", "111106-0959"},
    {"2.8-54", "130614-0907"},
    {"2.8-55", "130617-2232"},
    {"2.10-69", "150217-1404"},
    {"2.12-72", "150428-1720"},
    {"2.12-73", "150430-0644"},
    {"2.14-91", "170301-1649"},
    {"2.14-92", "170409-1603"},
    {"2.14-107", "180301-2301"},
    {"2.14-108", "180331-1716"},
    {"2.14-114", "190628-1504"},
    {"2.14-117", "191107-1143"},
    {"2.14-127", "200610-1447"},
    {"2.14-128", "200622-1609"},
    {"2.14-136", "210113-1714"},
    {"2.14-143", "210316-2207"},
    {"2.14-167", "220126-2116"},
    {"2.14-168", "220223-0838"},
    {"2.14-202", "250720-1841"},
    // The SNCT fork numbers its own releases; its API is that of 2.14-202.
    {"3.1.1-9", "20230413-3"},
};

} // namespace

SimBuild::SimBuild(const QString &version, const QString &build)
    : m_version(version), m_build(build)
{
    static const QRegularExpression pattern(u"^(\\d+)\\.(\\d+)(?:\\.\\d+)?-(\\d+)$"_s);
    const QRegularExpressionMatch match = pattern.match(version);
    m_major = match.captured(1).toInt();
    m_minor = match.captured(2).toInt();
    m_revision = match.captured(3).toInt();
    if (m_major >= 3) {
        // The fork behaves as the 2.14 build it came from.
        m_major = 2;
        m_minor = 14;
        m_revision = 202;
    }
}

SimBuild SimBuild::latest()
{
    return *fromVersion(u"2.14-202"_s);
}

std::optional<SimBuild> SimBuild::fromVersion(const QString &version)
{
    for (const KnownBuild &known : kBuilds) {
        if (version == QLatin1String(known.version))
            return SimBuild(version, QLatin1String(known.build));
    }
    return std::nullopt;
}

QStringList SimBuild::knownVersions()
{
    QStringList out;
    for (const KnownBuild &known : kBuilds)
        out << QLatin1String(known.version);
    return out;
}

bool SimBuild::atLeast(int major, int minor, int revision) const
{
    if (m_major != major)
        return m_major > major;
    if (m_minor != minor)
        return m_minor > minor;
    return m_revision >= revision;
}

QByteArray SimBuild::versionLine(const QDateTime &now) const
{
    // The measured server's clock ran on UTC while VICIdial's own setting said -5.00.
    const QDateTime utc = now.toUTC();
    QByteArray line = "VERSION: " + m_version.toLatin1() + "|BUILD: " + m_build.toLatin1() +
                      "|DATE: " + utc.toString(u"yyyy-MM-dd HH:mm:ss"_s).toLatin1() +
                      "|EPOCH: " + QByteArray::number(utc.toSecsSinceEpoch());
    // Time-zone fields and the closing '|' came with 2.4-34.
    if (atLeast(2, 4, 34))
        line += "|DST: 0|TZ: -5.00|TZNOW: -5.00|";
    return line + '\n';
}

} // namespace sim
