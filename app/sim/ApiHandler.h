#pragma once

#include "CleaningRules.h"
#include "RequestParams.h"
#include "SimPhone.h"
#include "SimReply.h"
#include "SimState.h"

#include <QDateTime>
#include <QString>

namespace sim {

// The server's non_agent_api.php for the functions this project uses, in the
// order of checks of the specification. add_phone runs in two steps, like the
// real server's separate queries: check() does the login and every check,
// insert() later does the INSERT, so that concurrent requests can race.
class ApiHandler
{
public:
    struct Pending
    {
        bool needsInsert = false;
        SimReply reply; // the answer when no insert is needed
        SimPhone phone; // the row to insert
        QString user, extension, serverIp, protocol, dialplan;
        bool emailBreaksInsert = false;
    };

    explicit ApiHandler(SimState &state);

    Pending check(const RequestParams &params, const QString &remoteIp, const QDateTime &now);
    SimReply insert(const Pending &pending);

    // Cleaned values as the in-flight bookkeeping needs them.
    static QString cleanedFunction(const RequestParams &params, bool nonLatin);
    static QString cleanedExtension(const RequestParams &params, bool nonLatin);
    static QString cleanedServerIp(const RequestParams &params, bool nonLatin);
    static QString cleanedLogin(const RequestParams &params, bool nonLatin);

private:
    QString field(const RequestParams &params, const char *name, KeepSet set) const;
    // `account` is null where a build without a login step met a wrong password:
    // the function's own permission check then refuses.
    Pending addPhone(const RequestParams &params, const QString &user, const SimUser *account);
    Pending updatePhone(const RequestParams &params, const QString &user, const SimUser *account);
    Pending addPhoneAlias(const RequestParams &params, const QString &user, const SimUser *account);
    Pending updatePhoneAlias(const RequestParams &params, const QString &user,
                             const SimUser *account);
    Pending login(const QString &user, const QString &pass, const QString &remoteIp,
                  const QDateTime &now, const SimUser **account);

    SimState &m_state;
};

} // namespace sim
