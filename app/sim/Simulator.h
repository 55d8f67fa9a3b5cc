#pragma once

#include "Fault.h"
#include "SimConfig.h"
#include "SimStats.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServerRequest;
class QTcpSocket;

namespace sim {

class ApiHandler;
class SimHttpServer;
class SimState;
class SimTcpServer;
struct SimReply;

// A VICIdial server's non-agent API on a loopback port: the simulator that the
// tests, the benchmark, the demo mode and the viciprov-sim tool start.
class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(const SimConfig &config = SimConfig::defaults(), QObject *parent = nullptr);
    ~Simulator() override;

    // false and errorString() on failure; port 0 picks a free port.
    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    QString errorString() const { return m_errorString; }
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT, https with TLS
    QUrl apiUrl() const;  // baseUrl + /vicidial/non_agent_api.php

    // Before listen(): serve HTTPS with a generated self-signed certificate, or with the
    // given PEM files.
    bool enableTls(QString *error = nullptr);
    bool enableTls(const QString &certificateFile, const QString &keyFile,
                   QString *error = nullptr);
    bool isTls() const { return m_tls; }
    QSslCertificate certificate() const { return m_certificate; }
    QByteArray certificateSha256() const;

    // Server time per API request, spent asynchronously: half before the checks,
    // half between the checks and the insert.
    void setLatencyMs(int ms);
    int latencyMs() const { return m_latencyMs; }
    void setClock(std::function<QDateTime()> now);

    // The next `count` add_phone/update_phone requests get the fault.
    void injectFault(Fault fault, int count = 1);
    // That share (0..1) of all API requests gets the fault.
    void setFaultRate(Fault fault, double rate);
    void setRandomSeed(quint32 seed);

    QJsonArray phones() const;  // as GET /sim/phones
    QJsonArray aliases() const; // as GET /sim/aliases
    void reset();               // as POST /sim/reset
    SimStats stats() const { return m_stats; }
    void resetStats();

    // --state FILE: phones and aliases kept in SQLite across restarts.
    bool openState(const QString &sqlitePath, QString *error);
    const SimConfig &config() const;

signals:
    // Passwords never appear here: the reply line has them masked.
    void requestHandled(const QString &function, const QString &user,
                        const QByteArray &replyFirstLine);
    // One line per request for a log, passwords replaced by ***.
    void requestLogged(const QString &line);

private:
    struct Exchange;
    using ExchangePtr = std::shared_ptr<Exchange>;

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleInspection(const QString &path, const QHttpServerRequest &request,
                          QTcpSocket *socket);
    void handleApi(const QHttpServerRequest &request, QTcpSocket *socket);
    void runChecks(const ExchangePtr &exchange);
    void later(int ms, std::function<void()> step);
    void finish(const ExchangePtr &exchange, const SimReply &reply);
    void deliver(const ExchangePtr &exchange, const SimReply &reply);
    Fault nextFault(const QString &function);
    void leaveFlight(const ExchangePtr &exchange);
    QString logLine(const ExchangePtr &exchange, const SimReply &reply) const;
    QDateTime now() const;

    std::unique_ptr<SimState> m_state;
    std::unique_ptr<ApiHandler> m_api;
    SimHttpServer *m_http = nullptr;
    SimTcpServer *m_tcp = nullptr;
    QString m_errorString;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_latencyMs = 0;
    std::function<QDateTime()> m_clock;
    QList<std::pair<Fault, int>> m_injected;
    QList<std::pair<Fault, double>> m_faultRates;
    QRandomGenerator m_random;
    SimStats m_stats;
    QHash<QString, int> m_extensionsInFlight;
    QHash<QString, int> m_loginsInFlight;
};

} // namespace sim
