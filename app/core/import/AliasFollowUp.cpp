#include "import/AliasFollowUp.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vp {

AliasFollowUp::AliasFollowUp(const QList<Operation> &aliases,
                             const QHash<QString, QString> &loginsSent)
{
    for (const Operation &alias : aliases) {
        QStringList logins;
        for (const QString &login : alias.aliasLogins()) {
            const auto sent = loginsSent.constFind(login);
            if (sent == loginsSent.cend()) {
                m_notSent.insert(login.toLower());
                logins << login;
            } else {
                logins << *sent;
            }
        }
        m_aliases.append(Operation::addAlias(alias.aliasId(), alias.aliasName(), logins));
        m_taken.append(false);
    }
}

bool AliasFollowUp::loginExists(Outcome outcome)
{
    // "Already exists" means the extension or the login is on the server
    // (from an earlier run, usually); add_phone_alias checks the login itself.
    return isSuccess(outcome) || outcome == Outcome::AlreadyExistsOnServer ||
           outcome == Outcome::LoginExists;
}

void AliasFollowUp::recordLogin(const QString &login, Outcome outcome)
{
    m_outcomes.insert(login.toLower(), outcome);
}

AliasFollowUp::LoginState AliasFollowUp::stateOf(const QString &login) const
{
    const QString key = login.toLower();
    if (m_notSent.contains(key))
        return LoginState::NotSent;
    const auto it = m_outcomes.constFind(key);
    if (it == m_outcomes.cend() || *it == Outcome::Cancelled)
        return it == m_outcomes.cend() ? LoginState::Pending : LoginState::Failed;
    return loginExists(*it) ? LoginState::Exists : LoginState::Failed;
}

QList<Operation> AliasFollowUp::takeReady()
{
    QList<Operation> ready;
    for (int i = 0; i < m_aliases.size(); ++i) {
        if (m_taken.at(i))
            continue;
        const QStringList logins = m_aliases.at(i).aliasLogins();
        const bool all = std::all_of(logins.cbegin(), logins.cend(), [this](const QString &login) {
            return stateOf(login) == LoginState::Exists;
        });
        if (all) {
            m_taken[i] = true;
            ready.append(m_aliases.at(i));
        }
    }
    return ready;
}

bool AliasFollowUp::isSettled() const
{
    for (int i = 0; i < m_aliases.size(); ++i) {
        if (m_taken.at(i))
            continue;
        const QStringList logins = m_aliases.at(i).aliasLogins();
        const bool blocked = std::any_of(logins.cbegin(), logins.cend(), [this](const QString &l) {
            const LoginState state = stateOf(l);
            return state == LoginState::Failed || state == LoginState::NotSent;
        });
        const bool waiting = std::any_of(logins.cbegin(), logins.cend(), [this](const QString &l) {
            return stateOf(l) == LoginState::Pending;
        });
        // Blocked for good only once nothing of it is still on its way.
        if (!blocked || waiting)
            return false;
    }
    return true;
}

QStringList AliasFollowUp::blockedReasons() const
{
    QStringList reasons;
    for (int i = 0; i < m_aliases.size(); ++i) {
        if (m_taken.at(i))
            continue;
        QStringList why;
        for (const QString &login : m_aliases.at(i).aliasLogins()) {
            switch (stateOf(login)) {
            case LoginState::NotSent:
                why << tr("phone login %1 was not sent").arg(login);
                break;
            case LoginState::Failed:
                why << tr("phone login %1 was not added (%2)")
                           .arg(login, outcomeTitle(m_outcomes.value(login.toLower())));
                break;
            case LoginState::Pending:
            case LoginState::Exists:
                break;
            }
        }
        if (!why.isEmpty())
            reasons << tr("alias %1: %2").arg(m_aliases.at(i).aliasId(), why.join(u"; "_s));
    }
    return reasons;
}

} // namespace vp
