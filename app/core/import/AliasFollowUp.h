// The phone aliases of a generated batch ("one alias per agent across the
// servers"), sent only once their phones exist: an alias is ready when every
// one of its logins was added, or already existed on the server; an alias
// with a login that was not sent or failed is reported, never sent (the
// server would refuse it with PHONE DOES NOT EXIST anyway). A phone sent
// again later ("Retry failed") that is then added makes its alias ready.
#pragma once

#include "model/Operation.h"
#include "model/Outcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vp {

class AliasFollowUp
{
    Q_DECLARE_TR_FUNCTIONS(AliasFollowUp)

public:
    AliasFollowUp() = default;
    // loginsSent maps each login the generator made to the login the phone is
    // sent with (the preview may have changed it); a login missing from it
    // was not sent (its row was removed or has a problem).
    AliasFollowUp(const QList<Operation> &aliases, const QHash<QString, QString> &loginsSent);

    bool isEmpty() const { return m_aliases.isEmpty(); }
    int count() const { return int(m_aliases.size()); }

    // A phone of the batch finished with this outcome.
    void recordLogin(const QString &login, Outcome outcome);
    // The aliases whose logins all exist now, each handed out once.
    QList<Operation> takeReady();
    // No alias waits for a phone's answer: each was handed out or has a
    // login that was not sent or failed.
    bool isSettled() const;

    // Why each alias that was not handed out cannot go: "alias 1003: phone
    // login 1003b was not added (Login already exists)". Translated.
    QStringList blockedReasons() const;

    // Whether an outcome of add_phone leaves the login on the server.
    static bool loginExists(Outcome outcome);

private:
    enum class LoginState
    {
        Pending,
        Exists,
        Failed,
        NotSent
    };
    LoginState stateOf(const QString &login) const;

    QList<Operation> m_aliases; // with the logins as sent
    QList<bool> m_taken;
    QHash<QString, Outcome> m_outcomes; // login (lower case) -> last outcome
    QSet<QString> m_notSent;            // logins (as generated) with no phone sent
};

} // namespace vp

Q_DECLARE_METATYPE(vp::AliasFollowUp)
