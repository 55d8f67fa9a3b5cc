#include "TestPhones.h"

using namespace Qt::StringLiterals;

namespace vp::test {

PhoneRecord makePhone(const QString &extension, const QString &login)
{
    PhoneRecord phone;
    phone.setValue(PhoneField::Extension, extension);
    phone.setValue(PhoneField::DialplanNumber, extension);
    phone.setValue(PhoneField::VoicemailId, extension);
    phone.setValue(PhoneField::PhoneLogin, login.isEmpty() ? extension : login);
    phone.setValue(PhoneField::PhonePass, u"pw"_s + extension);
    phone.setValue(PhoneField::ServerIp, kServerIp);
    phone.setValue(PhoneField::Protocol, u"SIP"_s);
    phone.setValue(PhoneField::RegistrationPassword, u"rg"_s + extension);
    phone.setValue(PhoneField::PhoneFullName, u"Agent "_s + extension);
    phone.setValue(PhoneField::LocalGmt, u"-5.00"_s);
    phone.setValue(PhoneField::OutboundCid, u"3125551212"_s);
    return phone;
}

ConnectionConfig makeConfig(const QUrl &apiUrl, const QString &password, const QString &user)
{
    ConnectionConfig config;
    config.apiUrl = apiUrl;
    config.credentials.user = user;
    config.credentials.password = password;
    config.credentials.source = u"test"_s;
    config.concurrency = 4;
    config.timeoutMs = 10000;
    return config;
}

} // namespace vp::test
