#include "model/PhoneField.h"

#include <QCoreApplication>

namespace vp {

namespace {
// QT_TRANSLATE_NOOP keeps the labels visible to lupdate.
const std::array<PhoneFieldInfo, PhoneFieldCount> kFields = {{
    {PhoneField::Extension, "extension", QT_TRANSLATE_NOOP("PhoneField", "Extension"), true, false},
    {PhoneField::DialplanNumber, "dialplan_number",
     QT_TRANSLATE_NOOP("PhoneField", "Dial plan number"), true, false},
    {PhoneField::VoicemailId, "voicemail_id", QT_TRANSLATE_NOOP("PhoneField", "Voicemail box"),
     true, false},
    {PhoneField::PhoneLogin, "phone_login", QT_TRANSLATE_NOOP("PhoneField", "Login"), true, false},
    {PhoneField::PhonePass, "phone_pass", QT_TRANSLATE_NOOP("PhoneField", "Login password"), true,
     true},
    {PhoneField::ServerIp, "server_ip", QT_TRANSLATE_NOOP("PhoneField", "Server IP"), true, false},
    {PhoneField::Protocol, "protocol", QT_TRANSLATE_NOOP("PhoneField", "Protocol"), true, false},
    {PhoneField::RegistrationPassword, "registration_password",
     QT_TRANSLATE_NOOP("PhoneField", "Registration password"), true, true},
    {PhoneField::PhoneFullName, "phone_full_name", QT_TRANSLATE_NOOP("PhoneField", "Full name"),
     true, false},
    {PhoneField::LocalGmt, "local_gmt", QT_TRANSLATE_NOOP("PhoneField", "Time zone"), true, false},
    {PhoneField::OutboundCid, "outbound_cid", QT_TRANSLATE_NOOP("PhoneField", "Outbound caller ID"),
     true, false},
    {PhoneField::PhoneContext, "phone_context", QT_TRANSLATE_NOOP("PhoneField", "Phone context"),
     false, false},
    {PhoneField::Email, "email", QT_TRANSLATE_NOOP("PhoneField", "Email"), false, false},
    {PhoneField::AdminUserGroup, "admin_user_group",
     QT_TRANSLATE_NOOP("PhoneField", "Admin user group"), false, false},
    {PhoneField::IsWebphone, "is_webphone", QT_TRANSLATE_NOOP("PhoneField", "Webphone"), false,
     false},
    {PhoneField::WebphoneAutoAnswer, "webphone_auto_answer",
     QT_TRANSLATE_NOOP("PhoneField", "Webphone auto-answer"), false, false},
    {PhoneField::UseExternalServerIp, "use_external_server_ip",
     QT_TRANSLATE_NOOP("PhoneField", "Use external server IP"), false, false},
    {PhoneField::TemplateId, "template_id", QT_TRANSLATE_NOOP("PhoneField", "Template"), false,
     false},
    {PhoneField::OnHookAgent, "on_hook_agent", QT_TRANSLATE_NOOP("PhoneField", "On-hook agent"),
     false, false},
}};
} // namespace

const std::array<PhoneFieldInfo, PhoneFieldCount> &phoneFields()
{
    return kFields;
}

const PhoneFieldInfo &phoneFieldInfo(PhoneField field)
{
    return kFields[static_cast<std::size_t>(field)];
}

QString apiName(PhoneField field)
{
    return QString::fromLatin1(phoneFieldInfo(field).apiName);
}

QString fieldLabel(PhoneField field)
{
    return QCoreApplication::translate("PhoneField", phoneFieldInfo(field).label);
}

std::optional<PhoneField> phoneFieldFromApiName(const QString &name)
{
    for (const auto &info : kFields) {
        if (name == QLatin1String(info.apiName))
            return info.field;
    }
    return std::nullopt;
}

} // namespace vp
