// The VICIdial build a system runs, read from its `version` reply, and what
// that build can do: the API's login step, functions, fields and character
// cleaning all moved between builds (docs/user-guide.md, "Older VICIdial builds").
#pragma once

#include "model/PhoneField.h"

#include <optional>
#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace vp {

class ServerBuild
{
public:
    ServerBuild() = default; // not known (yet)

    // Any build's version line, with or without the time-zone fields, 5- or
    // 6-digit BUILD stamps, and the SNCT fork's 3.x numbering. nullopt when the
    // body holds no VERSION line with a readable version.
    static std::optional<ServerBuild> fromVersionReply(const QByteArray &body);
    // The VERSION text of a version reply as printed, also when it is not a
    // build this product can read; empty when the body has no VERSION line.
    static QString versionTextOf(const QByteArray &body);
    // "2.14-202" (and optionally its BUILD stamp "250720-1841").
    static std::optional<ServerBuild> fromVersion(const QString &version,
                                                  const QString &build = QString());

    bool isKnown() const { return m_major > 0; }
    QString version() const { return m_version; }
    QString build() const { return m_build; }
    QString serverDate() const { return m_date; }   // the server's clock, as it printed it
    QString serverTimezone() const { return m_tz; } // empty before 2.4-34
    // "2.14-202 (build 250720-1841)", for settings and the status bar.
    QString displayText() const;
    // The SNCT fork (3.x): its API is that of the 2.14 line it forked from.
    bool isFork() const { return m_fork; }

    // Orders by VICIdial release (major, minor, revision); a fork counts as 2.14-202.
    int compare(const ServerBuild &other) const;
    bool atLeast(const char *version) const;
    friend bool operator<(const ServerBuild &a, const ServerBuild &b) { return a.compare(b) < 0; }
    friend bool operator==(const ServerBuild &a, const ServerBuild &b) { return a.compare(b) == 0; }

    // What the build can do. An unknown build is taken as current (2.14-202):
    // the product never refuses work because the version could not be read.
    bool hasAddPhone() const;
    bool hasUpdatePhone() const; // also delete (update_phone delete_phone=Y)
    bool hasAliases() const;
    // Before 2.8-55 a wrong password gets the function's own permission error.
    bool hasLoginStep() const;
    bool hasFunctionAllowList() const;
    bool hasIpLists() const;
    bool hasTwoFactor() const;
    // update_phone with nothing to change: NOTICE ... NO UPDATES DEFINED.
    bool answersNoUpdatesDefined() const;

    // The first build that reads an API parameter ("template_id"), or empty
    // when every build with add_phone reads it. An older build ignores it silently.
    static QString firstBuildReading(const QString &apiName);
    // The year that build came out, for messages ("it was added in 2020").
    static int yearOf(const QString &firstBuild);
    bool readsParameter(const QString &apiName) const;
    bool readsField(PhoneField field) const;

    // Cleaning: before 2.14-168 voicemail_id keeps digits only and server_ip
    // dots and digits only; before 2.8-55 the API user and password keep letters
    // and digits only.
    bool voicemailKeepsLetters() const;
    bool serverIpKeepsLetters() const;
    bool credentialsKeepDashAndUnderscore() const;

private:
    QString m_version;
    QString m_build;
    QString m_date;
    QString m_tz;
    int m_major = 0;
    int m_minor = 0;
    int m_revision = 0;
    bool m_fork = false;
    // voicemail_id and server_ip keep letters (2.14-168 and later; unknown
    // counts as current): worked out once, as the rules ask for every character.
    bool m_idsKeepLetters = true;
};

} // namespace vp

Q_DECLARE_METATYPE(vp::ServerBuild)
