#include "service/SystemBuilds.h"

#include "config/ConnectionConfig.h"
#include "model/Operation.h"
#include "model/VicidialSystem.h"

#include <QCoreApplication>

namespace vp {

namespace {

// An unreachable server is asked again after this long, not on every job.
constexpr qint64 kRetryAfterSeconds = 60;

} // namespace

QString SystemBuildInfo::displayText() const
{
    switch (state) {
    case State::Unread:
        return QCoreApplication::translate("SystemBuilds", "VICIdial version not read yet");
    case State::Reading:
        return QCoreApplication::translate("SystemBuilds", "reading the VICIdial version...");
    case State::Known:
        return QCoreApplication::translate("SystemBuilds", "VICIdial %1").arg(build.displayText());
    case State::Unreadable:
        break;
    }
    return QCoreApplication::translate(
               "SystemBuilds",
               "VICIdial version unknown (%1): following the rules of the newest build")
        .arg(problem);
}

QString SystemBuildInfo::historyText() const
{
    if (state == State::Known)
        return build.version();
    if (state == State::Unreadable && !versionText.isEmpty())
        return QLatin1Char('?') + versionText;
    return {};
}

SystemBuildInfo SystemBuildInfo::fromReply(const ApiReply &reply)
{
    SystemBuildInfo info;
    info.readAt = QDateTime::currentDateTimeUtc();
    const ReplyInput &input = reply.input;
    const bool answered = input.networkError == QNetworkReply::NoError && !input.timedOut &&
                          (input.httpStatus == 200 || input.httpStatus == 0);
    if (answered) {
        if (const auto build = ServerBuild::fromVersionReply(input.body)) {
            info.state = State::Known;
            info.build = *build;
            info.versionText = build->version();
            return info;
        }
    }
    info.state = State::Unreadable;
    info.versionText = answered ? ServerBuild::versionTextOf(input.body) : QString();
    if (!answered) {
        info.retryable = true;
        info.problem =
            input.timedOut
                ? QCoreApplication::translate(
                      "SystemBuilds", "the server did not answer the version request in time")
                : QCoreApplication::translate("SystemBuilds", "the version request failed: %1")
                      .arg(input.httpStatus > 0
                               ? QCoreApplication::translate("SystemBuilds", "HTTP %1")
                                     .arg(input.httpStatus)
                               : input.networkErrorString);
    } else if (!info.versionText.isEmpty()) {
        info.problem = QCoreApplication::translate(
                           "SystemBuilds",
                           "the server names its version \"%1\", which is not a VICIdial build "
                           "this program knows")
                           .arg(info.versionText);
    } else {
        info.problem = QCoreApplication::translate(
            "SystemBuilds", "the server's answer to the version request has no version line");
    }
    return info;
}

QString unavailableReason(const Operation &operation, const ServerBuild &build)
{
    if (!build.isKnown())
        return {};
    const auto missing = [&](const char *function, const char *since) {
        return QCoreApplication::translate(
                   "SystemBuilds", "VICIdial %1 has no %2 (it came with VICIdial %3, 2011).")
            .arg(build.version(), QLatin1String(function), QLatin1String(since));
    };
    switch (operation.kind()) {
    case Operation::Kind::AddPhone:
        if (!build.hasAddPhone())
            return missing("add_phone", "2.4-27");
        if (operation.needsDeactivation() && !build.hasUpdatePhone())
            return missing("update_phone", "2.4-37") + QLatin1Char(' ') +
                   QCoreApplication::translate(
                       "SystemBuilds",
                       "A phone cannot be added inactive there: add it active, or upgrade the "
                       "server.");
        return {};
    case Operation::Kind::UpdatePhone:
        if (!build.hasUpdatePhone())
            return missing("update_phone", "2.4-37");
        for (const PhoneField field : operation.changedFields()) {
            if (!build.readsField(field)) {
                const QString since = ServerBuild::firstBuildReading(apiName(field));
                return QCoreApplication::translate(
                           "SystemBuilds",
                           "VICIdial %1 ignores %2: it was added in %3 (VICIdial %4).")
                    .arg(build.version(), fieldLabel(field))
                    .arg(ServerBuild::yearOf(since))
                    .arg(since);
            }
        }
        return {};
    case Operation::Kind::SetPhoneActive:
    case Operation::Kind::DeletePhone:
        return build.hasUpdatePhone() ? QString() : missing("update_phone", "2.4-37");
    case Operation::Kind::AddAlias:
        return build.hasAliases() ? QString() : missing("add_phone_alias", "2.4-37");
    case Operation::Kind::UpdateAlias:
    case Operation::Kind::DeleteAlias:
        return build.hasAliases() ? QString() : missing("update_phone_alias", "2.4-37");
    }
    return {};
}

SystemBuilds::SystemBuilds(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<vp::SystemBuildInfo>();
}

// m_client, destroyed first, aborts what is in flight without calling back.
SystemBuilds::~SystemBuilds() = default;

SystemBuildInfo SystemBuilds::info(const QString &systemKey) const
{
    return m_infos.value(systemKey);
}

bool SystemBuilds::ensureRead(const ConnectionConfig &config)
{
    return ensureRead(VicidialSystem::keyFor(config.apiUrl), config);
}

bool SystemBuilds::ensureRead(const QString &key, const ConnectionConfig &config)
{
    const auto found = m_infos.constFind(key);
    if (found != m_infos.cend() && found->state == SystemBuildInfo::State::Known)
        return true; // the common case, without copying the info
    const SystemBuildInfo current = found != m_infos.cend() ? *found : SystemBuildInfo();
    switch (current.state) {
    case SystemBuildInfo::State::Known:
        return true;
    case SystemBuildInfo::State::Reading:
        return false;
    case SystemBuildInfo::State::Unreadable:
        if (!current.retryable ||
            current.readAt.secsTo(QDateTime::currentDateTimeUtc()) < kRetryAfterSeconds)
            return true;
        break;
    case SystemBuildInfo::State::Unread:
        break;
    }
    read(key, config);
    return m_infos.value(key).isSettled();
}

void SystemBuilds::read(const ConnectionConfig &config)
{
    read(VicidialSystem::keyFor(config.apiUrl), config);
}

void SystemBuilds::read(const QString &key, const ConnectionConfig &config)
{
    if (m_calls.contains(key))
        return;
    SystemBuildInfo reading = m_infos.value(key);
    reading.state = SystemBuildInfo::State::Reading;
    m_infos.insert(key, reading);
    // version needs no login: the request carries no user or password.
    const ApiClient::CallId call =
        m_client.send(ApiRequest::version(config.apiUrl), transportOptions(config),
                      [this, key](const ApiReply &reply) {
                          m_calls.remove(key);
                          record(key, SystemBuildInfo::fromReply(reply));
                      });
    // A handler that already ran (a refused connection can finish at once)
    // removed nothing yet: only keep a call still in flight.
    if (m_client.isInFlight(call))
        m_calls.insert(key, call);
}

void SystemBuilds::record(const QString &systemKey, const SystemBuildInfo &info)
{
    if (systemKey.isEmpty())
        return;
    m_infos.insert(systemKey, info);
    emit changed(systemKey, info);
}

} // namespace vp
