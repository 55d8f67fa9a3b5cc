// Phones and connections the tests build again and again.
#pragma once

#include "config/ConnectionConfig.h"
#include "model/PhoneRecord.h"

#include <QString>
#include <QUrl>

namespace vp::test {

// The server IP of every test phone (the simulator's default server).
inline const QString kServerIp = QStringLiteral("10.10.10.15");

// A phone the field rules accept: dial plan, voicemail and login (unless
// given) equal the extension; passwords "pw<extension>" and "rg<extension>".
PhoneRecord makePhone(const QString &extension, const QString &login = {});

// The simulator's default account (apiadmin / Secret123) at apiUrl: four
// requests at a time, a ten-second limit.
ConnectionConfig makeConfig(const QUrl &apiUrl,
                            const QString &password = QStringLiteral("Secret123"),
                            const QString &user = QStringLiteral("apiadmin"));

} // namespace vp::test
