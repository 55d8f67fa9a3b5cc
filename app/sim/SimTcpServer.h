#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

namespace sim {

// The listening socket under the HTTP server. It makes the connection sockets
// itself so that TLS is a property of the listener: Qt 6.4's own sslSetup()
// path offers no hook to hand over a certificate generated at run time per
// instance and to read it back for pinning tests.
class SimTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit SimTcpServer(QObject *parent = nullptr);

    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool isTls() const { return m_tls; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    QSslConfiguration m_tlsConfiguration;
    bool m_tls = false;
};

} // namespace sim
