#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

namespace sim {

// The listening socket under the HTTP server. It makes the connection sockets
// itself so that it can (1) speak TLS when configured and (2) answer a request
// that the HTTP parser rejected with a 400 and a clean close, where Qt 6.4 would
// only drop its signal connections and leave the client hanging.
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
