// The add_phone fields, their API names and roles: the one list every part
// of the client (rules, request builder, CSV mapping, history, forms) uses.
#pragma once

#include <array>
#include <optional>
#include <QString>

namespace vp {

enum class PhoneField
{
    // Required by add_phone, in the order the server echoes them.
    Extension,
    DialplanNumber,
    VoicemailId,
    PhoneLogin,
    PhonePass,
    ServerIp,
    Protocol,
    RegistrationPassword,
    PhoneFullName,
    LocalGmt,
    OutboundCid,
    // Optional.
    PhoneContext,
    Email,
    AdminUserGroup,
    IsWebphone,
    WebphoneAutoAnswer,
    UseExternalServerIp,
    TemplateId,
    OnHookAgent,
};

inline constexpr int PhoneFieldCount = 19;
inline constexpr int RequiredPhoneFieldCount = 11;

struct PhoneFieldInfo
{
    PhoneField field;
    const char *apiName; // parameter name on the wire, e.g. "phone_login"
    const char
        *label; // human name, for translation with QCoreApplication::translate("PhoneField", ...)
    bool required;
    bool secret; // phone_pass, registration_password: never stored or shown
};

const std::array<PhoneFieldInfo, PhoneFieldCount> &phoneFields();
const PhoneFieldInfo &phoneFieldInfo(PhoneField field);
QString apiName(PhoneField field);
// Translated human label ("Extension", "Login password", ...).
QString fieldLabel(PhoneField field);
std::optional<PhoneField> phoneFieldFromApiName(const QString &name);
inline bool isSecretField(PhoneField field)
{
    return phoneFieldInfo(field).secret;
}
inline bool isRequiredField(PhoneField field)
{
    return phoneFieldInfo(field).required;
}
inline int fieldIndex(PhoneField field)
{
    return static_cast<int>(field);
}

} // namespace vp
