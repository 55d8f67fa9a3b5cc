#include "model/Operation.h"

#include "rules/UpdateRules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vp {

Operation Operation::addPhone(const PhoneRecord &phone)
{
    Operation op;
    op.m_kind = Kind::AddPhone;
    op.m_phone = phone;
    return op;
}

Operation Operation::updatePhone(const PhoneRecord &phone, const QList<PhoneField> &fields)
{
    Operation op;
    op.m_kind = Kind::UpdatePhone;
    op.m_phone.setValue(PhoneField::Extension, phone.extension());
    op.m_phone.setValue(PhoneField::ServerIp, phone.serverIp());
    for (const PhoneField field : fields) {
        if (field == PhoneField::Extension || field == PhoneField::ServerIp ||
            op.m_fields.contains(field))
            continue;
        op.m_fields << field;
        op.m_phone.setValue(field, phone.value(field));
    }
    return op;
}

Operation Operation::updateAllFields(const PhoneRecord &phone)
{
    QList<PhoneField> fields;
    for (const PhoneFieldInfo &info : phoneFields()) {
        if (!phone.value(info.field).isEmpty())
            fields << info.field;
    }
    return updatePhone(phone, fields);
}

namespace {
struct KindName
{
    Operation::Kind kind;
    const char *key;
};
constexpr KindName kKindKeys[] = {
    {Operation::Kind::AddPhone, "add_phone"},        {Operation::Kind::UpdatePhone, "update_phone"},
    {Operation::Kind::SetPhoneActive, "set_active"}, {Operation::Kind::DeletePhone, "delete_phone"},
    {Operation::Kind::AddAlias, "add_alias"},        {Operation::Kind::UpdateAlias, "update_alias"},
    {Operation::Kind::DeleteAlias, "delete_alias"},
};
} // namespace

QString Operation::kindKey(Kind kind)
{
    for (const KindName &entry : kKindKeys) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<Operation::Kind> Operation::kindFromKey(const QString &key)
{
    for (const KindName &entry : kKindKeys) {
        if (key == QLatin1String(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

Operation Operation::setPhoneActive(const QString &extension, const QString &serverIp, bool active)
{
    Operation op;
    op.m_kind = Kind::SetPhoneActive;
    op.m_phone.setValue(PhoneField::Extension, extension);
    op.m_phone.setValue(PhoneField::ServerIp, serverIp);
    op.m_phone.setActive(active);
    return op;
}

Operation Operation::deletePhone(const QString &extension, const QString &serverIp)
{
    Operation op;
    op.m_kind = Kind::DeletePhone;
    op.m_phone.setValue(PhoneField::Extension, extension);
    op.m_phone.setValue(PhoneField::ServerIp, serverIp);
    return op;
}

Operation Operation::addAlias(const QString &aliasId, const QString &aliasName,
                              const QStringList &logins)
{
    Operation op;
    op.m_kind = Kind::AddAlias;
    op.m_aliasId = aliasId;
    op.m_aliasName = aliasName;
    op.m_aliasLogins = logins;
    return op;
}

Operation Operation::updateAlias(const QString &aliasId, const QString &aliasName,
                                 const QStringList &logins)
{
    Operation op = addAlias(aliasId, aliasName, logins);
    op.m_kind = Kind::UpdateAlias;
    return op;
}

Operation Operation::deleteAlias(const QString &aliasId)
{
    Operation op;
    op.m_kind = Kind::DeleteAlias;
    op.m_aliasId = aliasId;
    return op;
}

QString Operation::functionName(Kind kind)
{
    switch (kind) {
    case Kind::AddPhone:
        return u"add_phone"_s;
    case Kind::UpdatePhone:
    case Kind::SetPhoneActive:
    case Kind::DeletePhone:
        return u"update_phone"_s;
    case Kind::AddAlias:
        return u"add_phone_alias"_s;
    case Kind::UpdateAlias:
    case Kind::DeleteAlias:
        return u"update_phone_alias"_s;
    }
    return {};
}

QStringList Operation::guardKeys() const
{
    // Prefixed so that an extension and a login with the same text never
    // share a guard.
    QStringList keys;
    if (isAlias())
        return {"alias\n"_L1 + m_aliasId.toLower()};
    keys << "extension\n"_L1 + m_phone.extensionKey();
    const bool setsLogin = m_kind == Kind::AddPhone || (m_kind == Kind::UpdatePhone &&
                                                        m_fields.contains(PhoneField::PhoneLogin));
    if (setsLogin)
        keys << "login\n"_L1 + m_phone.loginKey();
    return keys;
}

bool Operation::isValid() const
{
    return isValid(RuleOptions{});
}

bool Operation::isValid(const RuleOptions &options) const
{
    switch (m_kind) {
    case Kind::AddPhone:
        return true; // PhoneRules decides
    case Kind::UpdatePhone:
        if (!UpdateRules::isValid(m_phone, m_fields, options))
            return false;
        [[fallthrough]];
    case Kind::SetPhoneActive:
    case Kind::DeletePhone:
        return m_phone.extension().size() >= 2 && !m_phone.serverIp().isEmpty();
    case Kind::AddAlias:
        return m_aliasId.size() >= 2 && !m_aliasName.isEmpty() && !m_aliasLogins.isEmpty();
    case Kind::UpdateAlias:
        // The server needs something to change (or it answers NO UPDATES DEFINED).
        return m_aliasId.size() >= 2 && (!m_aliasName.isEmpty() || !m_aliasLogins.isEmpty());
    case Kind::DeleteAlias:
        return m_aliasId.size() >= 2;
    }
    return false;
}

QString outcomeExplanation(Outcome outcome, Operation::Kind kind)
{
    if (outcome != Outcome::NoPermission || kind == Operation::Kind::AddPhone)
        return outcomeExplanation(outcome);
    const char *text = nullptr;
    switch (kind) {
    case Operation::Kind::UpdatePhone:
    case Operation::Kind::SetPhoneActive:
        text = QT_TRANSLATE_NOOP("Outcome",
                                 "The API user may not change phones. On the VICIdial side give "
                                 "the user level 8 or more, \"Ast Admin Access\", \"API Access\", "
                                 "and update_phone (or ALL_FUNCTIONS) in the allowed API "
                                 "functions.");
        break;
    case Operation::Kind::DeletePhone:
        text = QT_TRANSLATE_NOOP("Outcome",
                                 "The API user may not delete phones. Deleting needs \"Delete "
                                 "Phones\" set to 1 for the user on VICIdial (Admin > Users), "
                                 "besides user level 8, \"Ast Admin Access\", \"API Access\" and "
                                 "update_phone in the allowed API functions. Nothing was deleted "
                                 "by the refused request.");
        break;
    case Operation::Kind::AddAlias:
    case Operation::Kind::UpdateAlias:
        text = QT_TRANSLATE_NOOP("Outcome",
                                 "The API user may not manage phone aliases. On the VICIdial "
                                 "side give the user level 8 or more, \"Ast Admin Access\", "
                                 "\"API Access\", and add_phone_alias and update_phone_alias (or "
                                 "ALL_FUNCTIONS) in the allowed API functions.");
        break;
    case Operation::Kind::DeleteAlias:
        text = QT_TRANSLATE_NOOP("Outcome",
                                 "The API user may not delete phone aliases. Deleting needs "
                                 "\"Delete Phones\" set to 1 for the user on VICIdial (Admin > "
                                 "Users), besides update_phone_alias in the allowed API "
                                 "functions.");
        break;
    case Operation::Kind::AddPhone:
        break;
    }
    return text ? QCoreApplication::translate("Outcome", text) : outcomeExplanation(outcome);
}

} // namespace vp
