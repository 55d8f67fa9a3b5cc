#include "SimConfig.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

const char *const kDefaultJson =
    R"({"users": [{"user": "apiadmin", "pass": "Secret123", "user_level": 9,
            "api_access": true, "ast_admin_access": true, "active": true,
            "allowed_functions": "ALL_FUNCTIONS"}],
 "servers": ["10.10.10.15"],
 "templates": ["tmpl1"],
 "non_latin": false})";

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readBool(const QJsonObject &o, const QString &key, bool fallback, bool *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        *out = fallback;
        return true;
    }
    if (!v.isBool())
        return fail(error, u"\"%1\" must be true or false"_s.arg(key));
    *out = v.toBool();
    return true;
}

bool readStringList(const QJsonObject &o, const QString &key, QStringList *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return fail(error, u"\"%1\" must be an array of strings"_s.arg(key));
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return fail(error, u"\"%1\" must be an array of strings"_s.arg(key));
        out->append(item.toString());
    }
    return true;
}

bool readUser(const QJsonValue &value, SimUser *user, QString *error)
{
    if (!value.isObject())
        return fail(error, u"every entry of \"users\" must be an object"_s);
    const QJsonObject o = value.toObject();
    if (!o.value("user"_L1).isString() || o.value("user"_L1).toString().isEmpty())
        return fail(error, u"a user needs a non-empty \"user\""_s);
    user->user = o.value("user"_L1).toString();
    if (!o.value("pass"_L1).isString())
        return fail(error, u"user %1 needs a \"pass\" string"_s.arg(user->user));
    user->pass = o.value("pass"_L1).toString();
    const QJsonValue level = o.value("user_level"_L1);
    if (!level.isUndefined()) {
        if (!level.isDouble())
            return fail(error, u"user %1: \"user_level\" must be a number"_s.arg(user->user));
        user->userLevel = level.toInt();
    }
    const QJsonValue functions = o.value("allowed_functions"_L1);
    if (!functions.isUndefined()) {
        if (!functions.isString())
            return fail(error,
                        u"user %1: \"allowed_functions\" must be a string"_s.arg(user->user));
        user->allowedFunctions = functions.toString();
    }
    return readBool(o, u"api_access"_s, true, &user->apiAccess, error) &&
           readBool(o, u"ast_admin_access"_s, true, &user->astAdminAccess, error) &&
           readBool(o, u"active"_s, true, &user->active, error) &&
           readBool(o, u"modify_phones"_s, true, &user->modifyPhones, error) &&
           readBool(o, u"delete_phones"_s, true, &user->deletePhones, error) &&
           readBool(o, u"two_factor"_s, false, &user->twoFactor, error) &&
           readStringList(o, u"allowed_ips"_s, &user->allowedIps, error);
}

} // namespace

SimConfig SimConfig::defaults()
{
    // Parsed from the same text the issue documents, so the two cannot drift apart.
    return *fromJson(QByteArray(kDefaultJson), nullptr);
}

std::optional<SimConfig> SimConfig::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, u"invalid JSON at offset %1: %2"_s.arg(parseError.offset)
                        .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, u"the configuration must be a JSON object"_s);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    SimConfig config;
    const QJsonValue users = root.value("users"_L1);
    if (!users.isUndefined() && !users.isArray()) {
        fail(error, u"\"users\" must be an array"_s);
        return std::nullopt;
    }
    for (const QJsonValue &value : users.toArray()) {
        SimUser user;
        if (!readUser(value, &user, error))
            return std::nullopt;
        config.users.append(user);
    }
    if (!readStringList(root, u"servers"_s, &config.servers, error) ||
        !readStringList(root, u"templates"_s, &config.templates, error) ||
        !readBool(root, u"non_latin"_s, false, &config.nonLatin, error))
        return std::nullopt;
    const QJsonValue phones = root.value("phones"_L1);
    if (!phones.isUndefined() && !phones.isArray()) {
        fail(error, u"\"phones\" must be an array of objects"_s);
        return std::nullopt;
    }
    for (const QJsonValue &phone : phones.toArray()) {
        if (!phone.isObject()) {
            fail(error, u"\"phones\" must be an array of objects"_s);
            return std::nullopt;
        }
        config.phones.append(phone.toObject());
    }
    return config;
}

QByteArray SimConfig::toJson() const
{
    QJsonArray userArray;
    for (const SimUser &u : users) {
        userArray.append(QJsonObject{{u"user"_s, u.user},
                                     {u"pass"_s, u.pass},
                                     {u"user_level"_s, u.userLevel},
                                     {u"api_access"_s, u.apiAccess},
                                     {u"ast_admin_access"_s, u.astAdminAccess},
                                     {u"active"_s, u.active},
                                     {u"modify_phones"_s, u.modifyPhones},
                                     {u"delete_phones"_s, u.deletePhones},
                                     {u"allowed_functions"_s, u.allowedFunctions},
                                     {u"allowed_ips"_s, QJsonArray::fromStringList(u.allowedIps)},
                                     {u"two_factor"_s, u.twoFactor}});
    }
    QJsonArray phoneArray;
    for (const QJsonObject &p : phones)
        phoneArray.append(p);
    QJsonObject root{{u"users"_s, userArray},
                     {u"servers"_s, QJsonArray::fromStringList(servers)},
                     {u"templates"_s, QJsonArray::fromStringList(templates)},
                     {u"non_latin"_s, nonLatin}};
    if (!phoneArray.isEmpty())
        root.insert(u"phones"_s, phoneArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sim
