#include "SimHttpServer.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace sim {

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{}

QHttpServerResponder SimHttpServer::responder(const QHttpServerRequest &request, QTcpSocket *socket)
{
    return makeResponder(request, socket);
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace sim
