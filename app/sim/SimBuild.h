#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace sim {

// One VICIdial build of non_agent_api.php and what it does differently, read
// from that build's own code (repository BezaluLLC/ViciDial, one commit per
// build). The simulator's replies follow these switches; --build picks one.
class SimBuild
{
public:
    // The newest build the simulator knows, and its default: 2.14-202.
    static SimBuild latest();
    // A known build by its version ("2.4-39", "3.1.1-9"); nullopt for others.
    static std::optional<SimBuild> fromVersion(const QString &version);
    static QStringList knownVersions();

    QString version() const { return m_version; }
    QString build() const { return m_build; }

    // The reply to function=version at that moment.
    QByteArray versionLine(const QDateTime &now) const;

    // add_phone from 2.4-27; update_phone (with delete) and the alias functions from 2.4-37.
    bool hasAddPhone() const { return atLeast(2, 4, 27); }
    bool hasUpdatePhone() const { return atLeast(2, 4, 37); }
    // Before 2.8-55 there is no login step: user and pass only take part in each
    // function's permission query, and keep letters and digits only.
    bool hasLoginStep() const { return atLeast(2, 8, 55); }
    bool hasFunctionAllowList() const { return atLeast(2, 12, 73); }
    bool hasIpLists() const { return atLeast(2, 14, 92); }
    // The code prints the HTTP-auth user (empty for the API); the measured
    // 2.14-202 server echoed the API user.
    bool ipBlockEchoesUser() const { return m_version == "2.14-202"_L1; }
    // Two-factor login (functions.php 210311) shipped with 2.14-143.
    bool hasTwoFactor() const { return atLeast(2, 14, 143); }
    // 2.4-37 and 2.4-38 reused add_phone's wording in update_phone.
    bool updatePermissionSaysAdd() const { return !atLeast(2, 4, 39); }
    bool answersNoUpdatesDefined() const { return !atLeast(2, 14, 128); }
    // outbound_alt_cid, phone_ring_timeout, delete_vm_after_email (update_phone).
    bool hasAltCidAndRingTimeout() const { return atLeast(2, 14, 108); }
    // update_phone's email: 4 to 300 characters, from 2.14-108 5 to 300.
    int updateEmailMinLength() const { return atLeast(2, 14, 108) ? 5 : 4; }
    // template_id and the webphone / on_hook_agent fields.
    bool hasTemplateAndWebphone() const { return atLeast(2, 14, 128); }
    // voicemail_id digits only and server_ip [.0-9] only before 2.14-168.
    bool cleansVoicemailAndServerIpStrictly() const { return !atLeast(2, 14, 168); }

private:
    SimBuild(const QString &version, const QString &build);
    bool atLeast(int major, int minor, int revision) const;

    QString m_version;
    QString m_build;
    int m_major = 0, m_minor = 0, m_revision = 0;
};

} // namespace sim
