#pragma once

#include "SimBuild.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace sim {

// One row of the server's vicidial_users table, reduced to what the API checks.
struct SimUser
{
    QString user;
    QString pass;
    int userLevel = 9;
    bool apiAccess = true;
    bool astAdminAccess = true;
    bool active = true;
    bool modifyPhones = true;
    bool deletePhones = true;
    // The server's space-separated list (" add_phone version ") or ALL_FUNCTIONS.
    QString allowedFunctions = u"ALL_FUNCTIONS"_s;
    // Empty: every address may use the API; otherwise only these (IPBLOCK reply).
    QStringList allowedIps;
    // Two-factor login switched on and not yet proven: builds from 2.14-143 refuse (2FA).
    bool twoFactor = false;
};

// Users, servers and templates of the simulated cluster, plus optional phones to
// start with. Loaded from the JSON given with --config; defaults() is the demo content.
struct SimConfig
{
    QList<SimUser> users;
    QStringList servers;
    QStringList templates;
    bool nonLatin = false;
    QList<QJsonObject> phones; // rows keyed by column name, stored as given
    // Which VICIdial build to behave as (--build); not part of the JSON.
    SimBuild build = SimBuild::latest();

    static SimConfig defaults();
    static std::optional<SimConfig> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;
};

} // namespace sim
