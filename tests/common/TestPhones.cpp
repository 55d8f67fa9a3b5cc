#include "TestPhones.h"

namespace vp::test {

PhoneRecord makePhone(const QString &extension, const QString &login)
{
    PhoneRecord phone;
    phone.setValue(PhoneField::Extension, extension);
    phone.setValue(PhoneField::DialplanNumber, extension);
    phone.setValue(PhoneField::VoicemailId, extension);
    phone.setValue(PhoneField::PhoneLogin, login.isEmpty() ? extension : login);
    phone.setValue(PhoneField::PhonePass, QStringLiteral("pw") + extension);
    phone.setValue(PhoneField::ServerIp, kServerIp);
    phone.setValue(PhoneField::Protocol, QStringLiteral("SIP"));
    phone.setValue(PhoneField::RegistrationPassword, QStringLiteral("rg") + extension);
    phone.setValue(PhoneField::PhoneFullName, QStringLiteral("Agent ") + extension);
    phone.setValue(PhoneField::LocalGmt, QStringLiteral("-5.00"));
    phone.setValue(PhoneField::OutboundCid, QStringLiteral("3125551212"));
    return phone;
}

ConnectionConfig makeConfig(const QUrl &apiUrl, const QString &password, const QString &user)
{
    ConnectionConfig config;
    config.apiUrl = apiUrl;
    config.credentials.user = user;
    config.credentials.password = password;
    config.credentials.source = QStringLiteral("test");
    config.concurrency = 4;
    config.timeoutMs = 10000;
    return config;
}

} // namespace vp::test
