// Small helpers shared by the reliability tests: a valid phone, a CSV of
// phones, and a connection to an in-process simulator.
#pragma once

#include "model/PhoneRecord.h"
#include "service/ProvisioningService.h"
#include "TestPhones.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace vp::reliability {

using namespace Qt::StringLiterals;

// Longer, more distinctive passwords than test::makePhone's: the secrets
// tests search every file written for them.
inline PhoneRecord makePhone(const QString &extension, const QString &login = {})
{
    PhoneRecord phone = test::makePhone(extension, login);
    phone.setValue(PhoneField::PhonePass, u"Pw"_s + extension + u"x"_s);
    phone.setValue(PhoneField::RegistrationPassword, u"Rg"_s + extension + u"x"_s);
    return phone;
}

using test::makeConfig;

// count rows "extension,server_ip,phone_login,phone_pass,registration_password,..."
// with extensions from `first`; passwords made distinctive by `tag`.
inline QByteArray phonesCsv(int first, int count, const QByteArray &tag = "Zz")
{
    QByteArray csv = "extension,server_ip,phone_login,phone_pass,registration_password,"
                     "phone_full_name,outbound_cid\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray ext = QByteArray::number(first + i);
        csv += ext + ",10.10.10.15," + ext + ",Pw" + tag + ext + ",Rg" + tag + ext + ",Agent " +
               ext + ",3125551212\n";
    }
    return csv;
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace vp::reliability
