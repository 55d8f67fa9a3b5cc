#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace sim {

// A throw-away certificate for localhost and 127.0.0.1, made at start so that
// no key ever has to live in the repository.
struct SelfSignedCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    static SelfSignedCertificate generate(QString *error);
};

} // namespace sim
