#include "model/ServerBuild.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <tuple>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

struct Numbers
{
    int major = 0;
    int minor = 0;
    int revision = 0;
    bool fork = false;
};

std::optional<Numbers> numbersOf(const QString &version)
{
    // "2.14-202", "2.4-27", "2.0.5-5" (2.0.x releases) and the fork's "3.1.1-9".
    static const QRegularExpression pattern(u"^(\\d+)\\.(\\d+)(?:\\.(\\d+))?-(\\d+)$"_s);
    const QRegularExpressionMatch match = pattern.match(version.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    Numbers n;
    n.major = match.captured(1).toInt();
    n.minor = match.captured(2).toInt();
    n.revision = match.captured(4).toInt();
    if (n.major < 2)
        return std::nullopt;
    if (n.major >= 3) {
        // The SNCT fork continues the 2.14 API under its own numbers.
        n = {2, 14, 202, true};
    }
    return n;
}

struct Since
{
    const char *apiName;
    const char *version;
    int year;
};

// Parameters older builds never read (the server then ignores them silently),
// and the build that started reading each.
const Since kParameters[] = {
    {"outbound_alt_cid", "2.14-108", 2018},
    {"phone_ring_timeout", "2.14-108", 2018},
    {"delete_vm_after_email", "2.14-108", 2018},
    {"template_id", "2.14-128", 2020},
    {"is_webphone", "2.14-128", 2020},
    {"webphone_auto_answer", "2.14-128", 2020},
    {"use_external_server_ip", "2.14-128", 2020},
    {"on_hook_agent", "2.14-128", 2020},
};

} // namespace

std::optional<ServerBuild> ServerBuild::fromVersion(const QString &version, const QString &build)
{
    const auto numbers = numbersOf(version);
    if (!numbers)
        return std::nullopt;
    ServerBuild out;
    out.m_version = version.trimmed();
    out.m_build = build.trimmed();
    out.m_major = numbers->major;
    out.m_minor = numbers->minor;
    out.m_revision = numbers->revision;
    out.m_fork = numbers->fork;
    // Not atLeast(): that reads its constant with this function.
    out.m_idsKeepLetters =
        std::tuple(out.m_major, out.m_minor, out.m_revision) >= std::tuple(2, 14, 168);
    return out;
}

std::optional<ServerBuild> ServerBuild::fromVersionReply(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    for (const QStringView rawLine : QStringView(text).split(u'\n')) {
        const QStringView line = rawLine.trimmed();
        if (!line.startsWith(u"VERSION:"))
            continue;
        QString version, build, date, tz, tzNow;
        // "VERSION: v|BUILD: b|DATE: d|EPOCH: e" before 2.4-34, then
        // "...|DST: 0|TZ: -5.00|TZNOW: -5.00|".
        for (const QStringView part : line.split(u'|')) {
            const qsizetype colon = part.indexOf(u':');
            if (colon < 0)
                continue;
            const QStringView key = part.left(colon).trimmed();
            const QString value = part.mid(colon + 1).trimmed().toString();
            if (key == u"VERSION")
                version = value;
            else if (key == u"BUILD")
                build = value;
            else if (key == u"DATE")
                date = value;
            else if (key == u"TZ")
                tz = value;
            else if (key == u"TZNOW")
                tzNow = value;
        }
        auto out = fromVersion(version, build);
        if (!out)
            return std::nullopt;
        out->m_date = date;
        out->m_tz = tz.isEmpty() ? tzNow : tz;
        return out;
    }
    return std::nullopt;
}

QString ServerBuild::versionTextOf(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    for (const QStringView rawLine : QStringView(text).split(u'\n')) {
        const QStringView line = rawLine.trimmed();
        if (!line.startsWith(u"VERSION:"))
            continue;
        const qsizetype bar = line.indexOf(u'|');
        return line.mid(8, bar < 0 ? -1 : bar - 8).trimmed().toString();
    }
    return {};
}

QString ServerBuild::displayText() const
{
    if (!isKnown())
        return QCoreApplication::translate("ServerBuild", "unknown");
    if (m_build.isEmpty())
        return m_version;
    return QCoreApplication::translate("ServerBuild", "%1 (build %2)").arg(m_version, m_build);
}

int ServerBuild::compare(const ServerBuild &other) const
{
    const auto key = [](const ServerBuild &b) {
        // Unknown counts as current, as for the capabilities.
        return b.isKnown() ? std::tuple(b.m_major, b.m_minor, b.m_revision)
                           : std::tuple(2, 14, 202);
    };
    const auto a = key(*this);
    const auto b = key(other);
    return a < b ? -1 : (b < a ? 1 : 0);
}

bool ServerBuild::atLeast(const char *version) const
{
    // The rules ask this for every field of every phone: reading the version
    // text (a regular expression) each time cost more than the rest of the
    // checks. The texts are a handful of constants, so each is read once per
    // thread.
    thread_local std::map<std::string, std::optional<ServerBuild>, std::less<>> parsed;
    auto it = parsed.find(std::string_view(version));
    if (it == parsed.end())
        it = parsed.emplace(version, fromVersion(QLatin1String(version))).first;
    return it->second && compare(*it->second) >= 0;
}

bool ServerBuild::hasAddPhone() const
{
    return atLeast("2.4-27");
}

bool ServerBuild::hasUpdatePhone() const
{
    return atLeast("2.4-37");
}

bool ServerBuild::hasAliases() const
{
    return atLeast("2.4-37");
}

bool ServerBuild::hasLoginStep() const
{
    return atLeast("2.8-55");
}

bool ServerBuild::hasFunctionAllowList() const
{
    return atLeast("2.12-73");
}

bool ServerBuild::hasIpLists() const
{
    return atLeast("2.14-92");
}

bool ServerBuild::hasTwoFactor() const
{
    return atLeast("2.14-143");
}

bool ServerBuild::answersNoUpdatesDefined() const
{
    return !atLeast("2.14-128");
}

QString ServerBuild::firstBuildReading(const QString &apiName)
{
    for (const Since &since : kParameters) {
        if (apiName == QLatin1String(since.apiName))
            return QLatin1String(since.version);
    }
    return {};
}

int ServerBuild::yearOf(const QString &firstBuild)
{
    for (const Since &since : kParameters) {
        if (firstBuild == QLatin1String(since.version))
            return since.year;
    }
    return 0;
}

bool ServerBuild::readsParameter(const QString &apiName) const
{
    const QString since = firstBuildReading(apiName);
    return since.isEmpty() || atLeast(since.toLatin1().constData());
}

bool ServerBuild::readsField(PhoneField field) const
{
    // The rules ask this for every field of every row: the first build
    // reading each field is looked up once, not by its API name each time.
    static const auto firstReading = [] {
        std::array<const char *, PhoneFieldCount> table{};
        for (int i = 0; i < PhoneFieldCount; ++i) {
            for (const Since &since : kParameters) {
                if (qstrcmp(phoneFields()[i].apiName, since.apiName) == 0)
                    table[i] = since.version;
            }
        }
        return table;
    }();
    const char *since = firstReading[static_cast<int>(field)];
    return !since || atLeast(since);
}

bool ServerBuild::voicemailKeepsLetters() const
{
    return m_idsKeepLetters;
}

bool ServerBuild::serverIpKeepsLetters() const
{
    return m_idsKeepLetters;
}

bool ServerBuild::credentialsKeepDashAndUnderscore() const
{
    return atLeast("2.8-55");
}

} // namespace vp
