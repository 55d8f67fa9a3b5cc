#pragma once

#include "SimConfig.h"
#include "SimPhone.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

#include <map>

namespace sim {

struct SimAlias
{
    QString aliasId;
    QString aliasName;
    QString phoneLogins;
};

// Everything the simulated database holds: users with their failed-login
// counters, phones with the indexes the duplicate checks need, and aliases.
// Optionally mirrored to SQLite so that a restarted simulator keeps its phones.
class SimState
{
public:
    enum class Auth
    {
        Good,
        Bad,
        Lock
    };

    explicit SimState(SimConfig config);
    ~SimState();
    SimState(const SimState &) = delete;
    SimState &operator=(const SimState &) = delete;

    const SimConfig &config() const { return m_config; }
    const SimUser *user(const QString &name) const;

    // The server's login step with its failed-login bookkeeping (see ApiHandler).
    Auth authorize(const QString &user, const QString &pass, qint64 nowSecs);

    bool serverExists(const QString &serverIp) const;
    bool templateExists(const QString &templateId) const;
    bool phoneExists(const QString &extension, const QString &serverIp) const;
    bool loginExists(const QString &login) const;
    // update_phone's duplicate-login query: a phone with this login whose
    // extension AND server both differ (so a one-server system never refuses).
    bool loginUsedElsewhere(const QString &login, const QString &extension,
                            const QString &serverIp) const;
    // The insert with the table's unique key on (extension, server_ip): false on a clash.
    bool insertPhone(const SimPhone &phone);
    const SimPhone *phone(const QString &extension, const QString &serverIp) const;
    bool updatePhone(const QString &extension, const QString &serverIp, const SimPhone &row);
    bool deletePhone(const QString &extension, const QString &serverIp);

    bool aliasExists(const QString &aliasId) const;
    void insertAlias(const SimAlias &alias);
    // Empty name or logins leave that column as it is (update_phone_alias sends only what changes).
    bool updateAlias(const QString &aliasId, const QString &aliasName, const QString &phoneLogins);
    bool deleteAlias(const QString &aliasId);

    QJsonArray phonesJson() const;
    QJsonArray aliasesJson() const;
    int phoneCount() const { return int(m_phones.size()); }

    // Empties phones and aliases and clears every lock-out.
    void reset();

    bool openDatabase(const QString &path, QString *error);

private:
    struct UserState
    {
        int failedLogins = 0;
        qint64 lastLoginSecs = 0; // long ago: the account has never logged in
    };

    static QString phoneKey(const QString &extension, const QString &serverIp);
    void indexPhone(qint64 id, const SimPhone &phone);
    void unindexPhone(qint64 id, const SimPhone &phone);
    bool persistPhone(qint64 id, const SimPhone &phone);
    void persistDelete(const QString &table, const QString &keyColumn, const QVariant &key);
    void persistAlias(qint64 id, const SimAlias &alias);

    SimConfig m_config;
    QHash<QString, UserState> m_userStates;
    std::map<qint64, SimPhone> m_phones; // ordered by insertion id, like the table's
    QHash<QString, qint64> m_phoneByKey;
    QHash<QString, int> m_loginCount;
    std::map<qint64, SimAlias> m_aliases;
    QHash<QString, qint64> m_aliasById;
    qint64 m_nextPhoneId = 1;
    qint64 m_nextAliasId = 1;
    QString m_connectionName;
};

} // namespace sim
