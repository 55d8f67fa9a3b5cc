#include "SimState.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

constexpr int kLockAttempts = 10;
constexpr qint64 kLockSeconds = 15 * 60;
constexpr int kSchemaVersion = 1;

} // namespace

SimState::SimState(SimConfig config) : m_config(std::move(config))
{
    for (const QJsonObject &row : m_config.phones)
        insertPhone(SimPhone::fromJson(row));
}

SimState::~SimState()
{
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

const SimUser *SimState::user(const QString &name) const
{
    for (const SimUser &u : m_config.users) {
        if (u.user == name)
            return &u;
    }
    return nullptr;
}

SimState::Auth SimState::authorize(const QString &userName, const QString &pass, qint64 nowSecs)
{
    const SimUser *u = user(userName);
    if (!u || userName.isEmpty())
        return Auth::Bad;
    UserState &state = m_userStates[userName];
    const qint64 lockOver = nowSecs - kLockSeconds;
    // One query decides a good login: the right password, level above 6, active,
    // and either fewer than 10 failures or no login stamp in the last 15 minutes.
    const bool good = u->pass == pass && u->userLevel > 6 && u->active &&
                      (state.failedLogins < kLockAttempts || state.lastLoginSecs < lockOver);
    if (good) {
        state.lastLoginSecs = nowSecs;
        state.failedLogins = 0;
        return Auth::Good;
    }
    if (state.failedLogins < kLockAttempts) {
        ++state.failedLogins;
        return Auth::Bad;
    }
    if (lockOver > state.lastLoginSecs) {
        // The counter restarts once and the stamp moves to now: the lock needs 10 more.
        state.lastLoginSecs = nowSecs;
        state.failedLogins = 1;
        return Auth::Bad;
    }
    return Auth::Lock;
}

bool SimState::serverExists(const QString &serverIp) const
{
    for (const QString &s : m_config.servers) {
        if (s.compare(serverIp, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool SimState::templateExists(const QString &templateId) const
{
    for (const QString &t : m_config.templates) {
        if (t.compare(templateId, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString SimState::phoneKey(const QString &extension, const QString &serverIp)
{
    // The table's collation compares case-insensitively.
    return extension.toLower() + QChar(0x1f) + serverIp.toLower();
}

bool SimState::phoneExists(const QString &extension, const QString &serverIp) const
{
    return m_phoneByKey.contains(phoneKey(extension, serverIp));
}

bool SimState::loginExists(const QString &login) const
{
    return m_loginCount.value(login.toLower()) > 0;
}

bool SimState::loginUsedElsewhere(const QString &login, const QString &extension,
                                  const QString &serverIp) const
{
    if (!loginExists(login))
        return false;
    // The database compares without case, as for the extension.
    for (const auto &[id, phone] : m_phones) {
        if (phone[SimPhone::Login].compare(login, Qt::CaseInsensitive) == 0 &&
            phone[SimPhone::Extension].compare(extension, Qt::CaseInsensitive) != 0 &&
            phone[SimPhone::ServerIp].compare(serverIp, Qt::CaseInsensitive) != 0)
            return true;
    }
    return false;
}

void SimState::indexPhone(qint64 id, const SimPhone &phone)
{
    m_phoneByKey.insert(phoneKey(phone[SimPhone::Extension], phone[SimPhone::ServerIp]), id);
    ++m_loginCount[phone[SimPhone::Login].toLower()];
}

void SimState::unindexPhone(qint64 id, const SimPhone &phone)
{
    const QString key = phoneKey(phone[SimPhone::Extension], phone[SimPhone::ServerIp]);
    if (m_phoneByKey.value(key) == id)
        m_phoneByKey.remove(key);
    const QString login = phone[SimPhone::Login].toLower();
    if (--m_loginCount[login] <= 0)
        m_loginCount.remove(login);
}

bool SimState::insertPhone(const SimPhone &phone)
{
    if (phoneExists(phone[SimPhone::Extension], phone[SimPhone::ServerIp]))
        return false;
    const qint64 id = m_nextPhoneId++;
    m_phones.emplace(id, phone);
    indexPhone(id, phone);
    persistPhone(id, phone);
    return true;
}

const SimPhone *SimState::phone(const QString &extension, const QString &serverIp) const
{
    const auto key = m_phoneByKey.constFind(phoneKey(extension, serverIp));
    if (key == m_phoneByKey.cend())
        return nullptr;
    return &m_phones.at(*key);
}

bool SimState::updatePhone(const QString &extension, const QString &serverIp, const SimPhone &row)
{
    const auto key = m_phoneByKey.constFind(phoneKey(extension, serverIp));
    if (key == m_phoneByKey.cend())
        return false;
    const qint64 id = *key;
    unindexPhone(id, m_phones.at(id));
    m_phones[id] = row;
    indexPhone(id, row);
    persistPhone(id, row);
    return true;
}

bool SimState::deletePhone(const QString &extension, const QString &serverIp)
{
    const auto key = m_phoneByKey.constFind(phoneKey(extension, serverIp));
    if (key == m_phoneByKey.cend())
        return false;
    const qint64 id = *key;
    unindexPhone(id, m_phones.at(id));
    m_phones.erase(id);
    persistDelete(u"phones"_s, u"id"_s, id);
    return true;
}

bool SimState::aliasExists(const QString &aliasId) const
{
    return m_aliasById.contains(aliasId.toLower());
}

void SimState::insertAlias(const SimAlias &alias)
{
    const qint64 id = m_nextAliasId++;
    m_aliases.emplace(id, alias);
    m_aliasById.insert(alias.aliasId.toLower(), id);
    persistAlias(id, alias);
}

bool SimState::updateAlias(const QString &aliasId, const QString &aliasName,
                           const QString &phoneLogins)
{
    const auto key = m_aliasById.constFind(aliasId.toLower());
    if (key == m_aliasById.cend())
        return false;
    SimAlias &alias = m_aliases.at(*key);
    if (!aliasName.isEmpty())
        alias.aliasName = aliasName;
    if (!phoneLogins.isEmpty())
        alias.phoneLogins = phoneLogins;
    persistAlias(*key, alias);
    return true;
}

bool SimState::deleteAlias(const QString &aliasId)
{
    const auto key = m_aliasById.constFind(aliasId.toLower());
    if (key == m_aliasById.cend())
        return false;
    const qint64 id = *key;
    m_aliasById.erase(key);
    m_aliases.erase(id);
    persistDelete(u"aliases"_s, u"id"_s, id);
    return true;
}

void SimState::persistAlias(qint64 id, const SimAlias &alias)
{
    if (m_connectionName.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"INSERT OR REPLACE INTO aliases (id, alias_id, alias_name, phone_logins) "
              "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(id);
    for (const QString &value : {alias.aliasId, alias.aliasName, alias.phoneLogins})
        q.addBindValue(value.isNull() ? u""_s : value);
    if (!q.exec())
        qWarning("viciprov-sim: cannot store alias: %s", qUtf8Printable(q.lastError().text()));
}

QJsonArray SimState::phonesJson() const
{
    QJsonArray array;
    for (const auto &[id, phone] : m_phones)
        array.append(phone.toJson());
    return array;
}

QJsonArray SimState::aliasesJson() const
{
    QJsonArray array;
    for (const auto &[id, alias] : m_aliases) {
        array.append(QJsonObject{{u"alias_id"_s, alias.aliasId},
                                 {u"alias_name"_s, alias.aliasName},
                                 {u"logins_list"_s, alias.phoneLogins}});
    }
    return array;
}

void SimState::reset()
{
    m_phones.clear();
    m_phoneByKey.clear();
    m_loginCount.clear();
    m_aliases.clear();
    m_aliasById.clear();
    m_userStates.clear();
    if (m_connectionName.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    q.exec(u"DELETE FROM phones"_s);
    q.exec(u"DELETE FROM aliases"_s);
}

bool SimState::persistPhone(qint64 id, const SimPhone &phone)
{
    if (m_connectionName.isEmpty())
        return true;
    QStringList names{u"id"_s};
    QStringList marks{u"?"_s};
    for (int c = 0; c < SimPhone::ColumnCount; ++c) {
        names.append(SimPhone::columnName(SimPhone::Column(c)));
        marks.append(u"?"_s);
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"INSERT OR REPLACE INTO phones (%1) VALUES (%2)"_s.arg(names.join(u", "_s),
                                                                      marks.join(u", "_s)));
    q.addBindValue(id);
    // NOT NULL columns: an empty value is stored as '' (a null QString binds as NULL).
    for (const QString &value : phone.values)
        q.addBindValue(value.isNull() ? u""_s : value);
    if (q.exec())
        return true;
    qWarning("viciprov-sim: cannot store phone: %s", qUtf8Printable(q.lastError().text()));
    return false;
}

void SimState::persistDelete(const QString &table, const QString &keyColumn, const QVariant &key)
{
    if (m_connectionName.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(table, keyColumn));
    q.addBindValue(key);
    q.exec();
}

bool SimState::openDatabase(const QString &path, QString *error)
{
    const QString name = u"viciprov-sim-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        QStringList columns;
        for (int c = 0; c < SimPhone::ColumnCount; ++c)
            columns.append(SimPhone::columnName(SimPhone::Column(c)) + u" TEXT NOT NULL"_s);
        bool ok = db.open() && q.exec(u"PRAGMA journal_mode=WAL"_s) &&
                  q.exec(u"PRAGMA synchronous=NORMAL"_s) && q.exec(u"PRAGMA user_version"_s) &&
                  q.next();
        const int version = ok ? q.value(0).toInt() : -1;
        if (ok && version > kSchemaVersion) {
            if (error)
                *error =
                    u"%1 was written by a newer simulator (schema %2)"_s.arg(path).arg(version);
            db.close();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        if (ok && version < 1) {
            ok = db.transaction() &&
                 q.exec(u"CREATE TABLE phones (id INTEGER PRIMARY KEY, %1)"_s.arg(
                     columns.join(u", "_s))) &&
                 q.exec(u"CREATE TABLE aliases (id INTEGER PRIMARY KEY, alias_id TEXT NOT NULL, "
                        "alias_name TEXT NOT NULL, phone_logins TEXT NOT NULL)"_s) &&
                 q.exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion)) && db.commit();
        }
        if (!ok) {
            if (error)
                *error = u"cannot use %1: %2"_s.arg(
                    path, (db.lastError().isValid() ? db.lastError() : q.lastError()).text());
            db.close();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        // The file wins over the configuration: a restart keeps what was stored.
        const bool fresh = version < 1;
        if (!fresh) {
            m_phones.clear();
            m_phoneByKey.clear();
            m_loginCount.clear();
            m_aliases.clear();
            m_aliasById.clear();
            QSqlQuery rows(db);
            rows.exec(u"SELECT * FROM phones ORDER BY id"_s);
            while (rows.next()) {
                const qint64 id = rows.value(u"id"_s).toLongLong();
                SimPhone phone;
                for (int c = 0; c < SimPhone::ColumnCount; ++c)
                    phone.values[std::size_t(c)] =
                        rows.value(SimPhone::columnName(SimPhone::Column(c))).toString();
                m_phones.emplace(id, phone);
                indexPhone(id, phone);
                m_nextPhoneId = std::max(m_nextPhoneId, id + 1);
            }
            rows.exec(u"SELECT id, alias_id, alias_name, phone_logins FROM aliases ORDER BY id"_s);
            while (rows.next()) {
                const qint64 id = rows.value(0).toLongLong();
                SimAlias alias{rows.value(1).toString(), rows.value(2).toString(),
                               rows.value(3).toString()};
                m_aliases.emplace(id, alias);
                m_aliasById.insert(alias.aliasId.toLower(), id);
                m_nextAliasId = std::max(m_nextAliasId, id + 1);
            }
        }
        m_connectionName = name;
        if (fresh) {
            for (const auto &[id, phone] : m_phones)
                persistPhone(id, phone);
        }
    }
    return true;
}

} // namespace sim
