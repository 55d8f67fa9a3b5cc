// Phones and connections the tests build again and again.
#pragma once

#include "config/ConnectionConfig.h"
#include "model/PhoneRecord.h"

#include <QString>
#include <QUrl>

namespace vp::test {

using namespace Qt::StringLiterals;

// The server IP of every test phone (the simulator's default server).
inline const QString kServerIp = u"10.10.10.15"_s;

// A phone the field rules accept: dial plan, voicemail and login (unless
// given) equal the extension; passwords "pw<extension>" and "rg<extension>".
PhoneRecord makePhone(const QString &extension, const QString &login = {});

// The simulator's default account (apiadmin / Secret123) at apiUrl: four
// requests at a time, a ten-second limit.
ConnectionConfig makeConfig(const QUrl &apiUrl, const QString &password = u"Secret123"_s,
                            const QString &user = u"apiadmin"_s);

} // namespace vp::test
