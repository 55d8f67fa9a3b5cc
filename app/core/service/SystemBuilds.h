// The VICIdial build of each system, read with `version` (which needs no
// login) before the first request to a system and when credentials are
// tested, and kept by VicidialSystem key: what one system runs is never taken
// as true of another. Rules, reply parsing and what is offered follow it; a
// build that cannot be read means the newest rules, and never blocks sending.
#pragma once

#include "api/ApiClient.h"
#include "model/ServerBuild.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace vp {

struct ConnectionConfig;
class Operation;

struct SystemBuildInfo
{
    enum class State
    {
        Unread,     // not asked yet
        Reading,    // the version request is in flight
        Known,      // build holds what the server named
        Unreadable, // unreachable or not a version line we can read: the newest rules
    };
    State state = State::Unread;
    ServerBuild build; // unknown unless Known (and unknown means the newest rules)
    // The VERSION text as the server printed it, also when it could not be
    // read as a build ("3.2b-7"); empty when there was none.
    QString versionText;
    QString problem; // Unreadable: why, translated
    QDateTime readAt;
    // Whether the problem may go away by itself (the server was unreachable).
    bool retryable = false;

    bool isSettled() const { return state == State::Known || state == State::Unreadable; }
    // For the status bar, settings and history: "VICIdial 2.14-202 (build
    // 250720-1841)", "VICIdial version not read yet", "VICIdial version
    // unknown (...): following the newest rules".
    QString displayText() const;
    // Stored with each attempt: "2.14-202", "?3.2b-7" for a line that could
    // not be read, empty when nothing was read.
    QString historyText() const;

    // What a version reply (or its failure) says about the server's build.
    static SystemBuildInfo fromReply(const ApiReply &reply);
};

// Why the operation cannot be done on a system running `build` ("VICIdial
// 2.4-30 has no update_phone; ..."), or empty when it can. An unknown build
// can do everything.
QString unavailableReason(const Operation &operation, const ServerBuild &build);

class SystemBuilds : public QObject
{
    Q_OBJECT
public:
    explicit SystemBuilds(QObject *parent = nullptr);
    ~SystemBuilds() override;

    SystemBuildInfo info(const QString &systemKey) const;
    ServerBuild build(const QString &systemKey) const { return info(systemKey).build; }

    // Starts reading the system's build unless it is known, being read, or
    // could not be read: returns true when it is settled (nothing to wait for).
    // An unreachable server is asked again once a minute has passed.
    bool ensureRead(const ConnectionConfig &config);
    // The same for a caller that already holds the system's key
    // (VicidialSystem::keyFor(config.apiUrl)): the service asks this for every
    // queued job on every scheduling pass, and working the key out of the URL
    // each time cost more than the rest of the client's work together.
    bool ensureRead(const QString &systemKey, const ConnectionConfig &config);
    // Reads it again even when known (the server may have been upgraded).
    void read(const ConnectionConfig &config);
    void read(const QString &systemKey, const ConnectionConfig &config);
    // What a credential test read; replaces what was known of that system.
    void record(const QString &systemKey, const SystemBuildInfo &info);

signals:
    void changed(const QString &systemKey, const vp::SystemBuildInfo &info);

private:
    ApiClient m_client;
    QHash<QString, SystemBuildInfo> m_infos;
    QHash<QString, ApiClient::CallId> m_calls;
};

} // namespace vp

Q_DECLARE_METATYPE(vp::SystemBuildInfo)
