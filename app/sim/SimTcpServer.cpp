#include "SimTcpServer.h"

#include <QMetaMethod>
#include <QSslSocket>
#include <QTimer>

namespace sim {

namespace {

constexpr int kCloseGraceMs = 5000;

// Qt 6.4's HTTP server answers a parse error with QObject::disconnect() on the
// socket. disconnectNotify() sees that as "all signals" and turns it into a 400.
template<typename Base>
class GuardedSocket : public Base
{
public:
    using Base::Base;

protected:
    void disconnectNotify(const QMetaMethod &signal) override
    {
        Base::disconnectNotify(signal);
        if (signal.isValid() || m_rejecting)
            return;
        m_rejecting = true;
        QMetaObject::invokeMethod(
            this, [this] { rejectMalformed(); }, Qt::QueuedConnection);
    }

private:
    void rejectMalformed()
    {
        static const QByteArray body = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n"
                                       "<html><head>\n<title>400 Bad Request</title>\n"
                                       "</head><body>\n<h1>Bad Request</h1>\n"
                                       "<p>Your browser sent a request that this server could "
                                       "not understand.<br />\n</p>\n</body></html>\n";
        if (this->state() == QAbstractSocket::ConnectedState) {
            this->write("HTTP/1.1 400 Bad Request\r\n"
                        "Content-Type: text/html; charset=iso-8859-1\r\n"
                        "Content-Length: " +
                        QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            this->disconnectFromHost();
        }
        // Our own connections went too, so the socket cleans itself up.
        QObject::connect(this, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
        QTimer::singleShot(kCloseGraceMs, this, [this] {
            this->abort();
            this->deleteLater();
        });
        if (this->state() == QAbstractSocket::UnconnectedState)
            this->deleteLater();
    }

    bool m_rejecting = false;
};

} // namespace

SimTcpServer::SimTcpServer(QObject *parent) : QTcpServer(parent) {}

void SimTcpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tlsConfiguration = configuration;
    m_tls = true;
}

void SimTcpServer::incomingConnection(qintptr handle)
{
    if (m_tls) {
        auto *socket = new GuardedSocket<QSslSocket>(this);
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
    auto *socket = new GuardedSocket<QTcpSocket>(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    addPendingConnection(socket);
}

} // namespace sim
