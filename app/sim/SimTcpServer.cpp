#include "SimTcpServer.h"

#include <QSslSocket>

namespace sim {

SimTcpServer::SimTcpServer(QObject *parent) : QTcpServer(parent) {}

void SimTcpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tlsConfiguration = configuration;
    m_tls = true;
}

void SimTcpServer::incomingConnection(qintptr handle)
{
    if (m_tls) {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_tlsConfiguration);
        // A client that refuses the certificate just goes away; nothing to report.
        socket->startServerEncryption();
        addPendingConnection(socket);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    addPendingConnection(socket);
}

} // namespace sim
