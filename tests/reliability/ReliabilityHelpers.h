// Small helpers shared by the reliability tests: a valid phone, a CSV of
// phones, and a connection to an in-process simulator.
#pragma once

#include "model/PhoneRecord.h"
#include "service/ProvisioningService.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace vp::reliability {

inline PhoneRecord makePhone(const QString &extension, const QString &login = {})
{
    PhoneRecord phone;
    phone.setValue(PhoneField::Extension, extension);
    phone.setValue(PhoneField::DialplanNumber, extension);
    phone.setValue(PhoneField::VoicemailId, extension);
    phone.setValue(PhoneField::PhoneLogin, login.isEmpty() ? extension : login);
    phone.setValue(PhoneField::PhonePass, QStringLiteral("Pw") + extension + QStringLiteral("x"));
    phone.setValue(PhoneField::ServerIp, QStringLiteral("10.10.10.15"));
    phone.setValue(PhoneField::Protocol, QStringLiteral("SIP"));
    phone.setValue(PhoneField::RegistrationPassword,
                   QStringLiteral("Rg") + extension + QStringLiteral("x"));
    phone.setValue(PhoneField::PhoneFullName, QStringLiteral("Agent ") + extension);
    phone.setValue(PhoneField::LocalGmt, QStringLiteral("-5.00"));
    phone.setValue(PhoneField::OutboundCid, QStringLiteral("3125551212"));
    return phone;
}

inline ConnectionConfig makeConfig(const QUrl &apiUrl,
                                   const QString &password = QStringLiteral("Secret123"))
{
    ConnectionConfig config;
    config.apiUrl = apiUrl;
    config.credentials.user = QStringLiteral("apiadmin");
    config.credentials.password = password;
    config.credentials.source = QStringLiteral("test");
    config.concurrency = 4;
    config.timeoutMs = 10000;
    return config;
}

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
