#include "model/PhoneRecord.h"

namespace vp {

QString PhoneRecord::extensionKey() const
{
    return extension().trimmed().toLower() + QLatin1Char('@') + serverIp().trimmed();
}

QString PhoneRecord::loginKey() const
{
    // The server's column holds 15 characters and compares without case.
    return login().trimmed().left(15).toLower();
}

PhoneRecord PhoneRecord::withoutSecrets() const
{
    PhoneRecord copy = *this;
    copy.setValue(PhoneField::PhonePass, QString());
    copy.setValue(PhoneField::RegistrationPassword, QString());
    return copy;
}

} // namespace vp
