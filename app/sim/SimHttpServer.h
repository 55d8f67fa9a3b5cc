#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

#include <functional>

namespace sim {

// Qt HTTP Server at its lowest level: every request reaches one handler
// together with its socket, which the delayed replies and the faults need.
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

    // Valid while the socket is connected; the request lives as long as its socket.
    static QHttpServerResponder responder(const QHttpServerRequest &request, QTcpSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace sim
