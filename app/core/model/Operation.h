// One change the user asks of one VICIdial system: add a phone, change some
// of its fields, switch it on or off, delete it, or add, change or delete a
// phone alias. Every operation goes through the same service, the
// same in-flight guards, the same write-ahead history and the same outcome
// classification; what differs is the API function, the parameters and the
// keys that must never be busy twice at once.
#pragma once

#include "model/Outcome.h"
#include "model/PhoneField.h"
#include "model/PhoneRecord.h"
#include "model/VicidialSystem.h"

#include <optional>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace vp {

struct RuleOptions;

class Operation
{
public:
    enum class Kind
    {
        AddPhone,       // add_phone (then update_phone active=N for an inactive phone)
        UpdatePhone,    // update_phone with the changed fields only
        SetPhoneActive, // update_phone active=Y|N
        DeletePhone,    // update_phone delete_phone=Y
        AddAlias,       // add_phone_alias
        UpdateAlias,    // update_phone_alias with a new name and/or logins
        DeleteAlias,    // update_phone_alias delete_alias=Y
    };

    Operation() = default;

    // The phone must be valid for add_phone (PhoneRules); an inactive phone
    // is added and then switched off, as add_phone always creates it active.
    static Operation addPhone(const PhoneRecord &phone);
    // Changes `fields` of the phone at phone.extension() on phone.serverIp()
    // to the phone's values (the extension and server IP identify it and are
    // never changed).
    static Operation updatePhone(const PhoneRecord &phone, const QList<PhoneField> &fields);
    // update_phone with every field the phone has a value for, but the
    // extension and server IP that identify it (an import's add-or-update).
    static Operation updateAllFields(const PhoneRecord &phone);
    static Operation setPhoneActive(const QString &extension, const QString &serverIp, bool active);
    static Operation deletePhone(const QString &extension, const QString &serverIp);
    // An alias gives one agent one login across several dialer servers: the
    // logins are phone logins (AliasRules checks the values). For an update,
    // an empty name or an empty list leaves that part as it is.
    static Operation addAlias(const QString &aliasId, const QString &aliasName,
                              const QStringList &logins);
    static Operation updateAlias(const QString &aliasId, const QString &aliasName,
                                 const QStringList &logins);
    static Operation deleteAlias(const QString &aliasId);

    Kind kind() const { return m_kind; }
    // The API function of the operation's first request ("add_phone",
    // "update_phone"); recorded with every attempt.
    QString apiFunction() const { return functionName(m_kind); }
    static QString functionName(Kind kind);
    // A stable key per kind, as the batch journal stores it: "add_phone",
    // "update_phone", "set_active", "delete_phone", "add_alias",
    // "update_alias", "delete_alias"; kindFromKey is the reverse.
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);

    // The phone as asked for: every field for an add, the extension, server
    // IP and the changed fields for an update, the extension and server IP
    // otherwise. With secrets: keep it in memory only.
    const PhoneRecord &phone() const { return m_phone; }
    QList<PhoneField> changedFields() const { return m_fields; }
    // For SetPhoneActive: the state asked for. For AddPhone: whether it ends active.
    bool active() const { return m_phone.isActive(); }
    // An inactive phone is added, then switched off by a second request.
    bool needsDeactivation() const { return m_kind == Kind::AddPhone && !m_phone.isActive(); }

    bool isAlias() const
    {
        return m_kind == Kind::AddAlias || m_kind == Kind::UpdateAlias ||
               m_kind == Kind::DeleteAlias;
    }
    QString aliasId() const { return m_aliasId; }
    QString aliasName() const { return m_aliasName; }
    QStringList aliasLogins() const { return m_aliasLogins; }

    // What may never be in flight twice at once on one system (the service
    // prefixes the system's key): the extension on its server always, the
    // login when the operation sets one (logins are unique cluster-wide);
    // for an alias operation its alias id (the server compares it without case).
    QStringList guardKeys() const;

    // Whether a request can be built: an extension and a server IP, and for
    // a change at least one field, valid by update_phone's own limits
    // (UpdateRules) under the system's rule options.
    bool isValid() const;
    bool isValid(const RuleOptions &options) const;

private:
    Kind m_kind = Kind::AddPhone;
    PhoneRecord m_phone;
    QList<PhoneField> m_fields;
    QString m_aliasId;
    QString m_aliasName;
    QStringList m_aliasLogins;
};

// What an outcome means for this kind of operation: a refused permission
// names what the VICIdial user needs for it (add_phone, update_phone, the
// "Delete Phones" setting, the alias functions); otherwise outcomeExplanation().
QString outcomeExplanation(Outcome outcome, Operation::Kind kind);

} // namespace vp

Q_DECLARE_METATYPE(vp::Operation)
