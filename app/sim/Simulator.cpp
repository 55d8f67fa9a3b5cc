#include "Simulator.h"

#include "ApiHandler.h"
#include "RequestParams.h"
#include "SelfSignedCertificate.h"
#include "SimHttpServer.h"
#include "SimReply.h"
#include "SimState.h"
#include "SimTcpServer.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QMetaMethod>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

using Status = QHttpServerResponder::StatusCode;

const QByteArray kHtmlUtf8 = "text/html; charset=utf-8";

QByteArray apachePage(const QByteArray &title, const QByteArray &text)
{
    return "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>" + title +
           "</title>\n</head><body>\n<h1>" + title.mid(4) + "</h1>\n<p>" + text +
           "</p>\n<hr>\n<address>Apache/2.4.62 (Debian) Server at 127.0.0.1</address>\n"
           "</body></html>\n";
}

const QByteArray kLoginPage =
    "<!DOCTYPE html>\n<html><head><title>VICIdial Login</title></head><body>\n"
    "<form method=\"post\" action=\"/vicidial/admin.php\">\n"
    "<p>Please log in</p>\nUser: <input type=\"text\" name=\"user\"><br>\n"
    "Password: <input type=\"password\" name=\"pass\"><br>\n"
    "<input type=\"submit\" value=\"Login\">\n</form>\n</body></html>\n";

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

// Apache collapses repeated slashes; users paste base URLs with and without one.
QString normalizedPath(const QString &path)
{
    QString out;
    out.reserve(path.size());
    for (const QChar c : path) {
        if (c == u'/' && out.endsWith(u'/'))
            continue;
        out.append(c);
    }
    return out;
}

bool isSecretParam(const QByteArray &name)
{
    return name == "pass" || name == "phone_pass" || name == "registration_password";
}

void respond(const QHttpServerRequest &request, QTcpSocket *socket, Status status,
             const QByteArray &contentType, const QByteArray &body)
{
    SimHttpServer::responder(request, socket).write(body, {{"Content-Type", contentType}}, status);
}

} // namespace

// One API request from arrival to its reply.
struct Simulator::Exchange
{
    QPointer<QTcpSocket> socket;
    const QHttpServerRequest *request = nullptr; // lives as long as the socket
    RequestParams params;
    QByteArray method;
    QString path;
    QString remoteIp;
    QString function;
    QString user;
    QString extensionKey;
    QString loginKey;
    Fault fault = Fault::None;
};

Simulator::Simulator(const SimConfig &config, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SimState>(config))
    , m_api(std::make_unique<ApiHandler>(*m_state))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_random(QRandomGenerator::securelySeeded())
{
    m_http = new SimHttpServer(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { handle(request, socket); },
        this);
}

Simulator::~Simulator() = default;

const SimConfig &Simulator::config() const
{
    return m_state->config();
}

bool Simulator::listen(quint16 port, const QHostAddress &address)
{
    if (m_tcp) {
        m_errorString = u"already listening"_s;
        return false;
    }
    auto *tcp = new SimTcpServer(m_http);
    if (m_tls) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_certificate);
        configuration.setPrivateKey(m_key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        tcp->setTlsConfiguration(configuration);
    }
    if (!tcp->listen(address, port)) {
        m_errorString = tcp->errorString();
        delete tcp;
        return false;
    }
    m_tcp = tcp;
    m_http->bind(tcp);
    return true;
}

quint16 Simulator::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl Simulator::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    const QHostAddress address =
        m_tcp ? m_tcp->serverAddress() : QHostAddress(QHostAddress::LocalHost);
    url.setHost(address == QHostAddress::Any || address == QHostAddress::AnyIPv4
                    ? u"127.0.0.1"_s
                    : address.toString());
    url.setPort(port());
    return url;
}

QUrl Simulator::apiUrl() const
{
    QUrl url = baseUrl();
    url.setPath(u"/vicidial/non_agent_api.php"_s);
    return url;
}

bool Simulator::enableTls(QString *error)
{
    const SelfSignedCertificate generated = SelfSignedCertificate::generate(error);
    if (generated.certificate.isNull())
        return false;
    m_certificate = generated.certificate;
    m_key = generated.key;
    m_tls = true;
    return true;
}

bool Simulator::enableTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile);
    if (certificates.isEmpty())
        return fail(u"no PEM certificate in %1"_s.arg(certificateFile));
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(keyFile, file.errorString()));
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec);
    if (key.isNull())
        return fail(u"no RSA or EC private key in %1"_s.arg(keyFile));
    m_certificate = certificates.first();
    m_key = key;
    m_tls = true;
    return true;
}

QByteArray Simulator::certificateSha256() const
{
    return m_certificate.isNull() ? QByteArray() : m_certificate.digest(QCryptographicHash::Sha256);
}

void Simulator::setLatencyMs(int ms)
{
    m_latencyMs = std::max(0, ms);
}

void Simulator::setClock(std::function<QDateTime()> now)
{
    m_clock = now ? std::move(now) : [] { return QDateTime::currentDateTimeUtc(); };
}

QDateTime Simulator::now() const
{
    return m_clock();
}

void Simulator::injectFault(Fault fault, int count)
{
    if (fault != Fault::None && count > 0)
        m_injected.append({fault, count});
}

void Simulator::setFaultRate(Fault fault, double rate)
{
    for (auto &entry : m_faultRates) {
        if (entry.first == fault) {
            entry.second = rate;
            return;
        }
    }
    if (fault != Fault::None)
        m_faultRates.append({fault, rate});
}

void Simulator::setRandomSeed(quint32 seed)
{
    m_random.seed(seed);
}

QJsonArray Simulator::phones() const
{
    return m_state->phonesJson();
}

QJsonArray Simulator::aliases() const
{
    return m_state->aliasesJson();
}

void Simulator::reset()
{
    m_state->reset();
}

void Simulator::resetStats()
{
    const int inFlight = m_stats.inFlight;
    m_stats = SimStats();
    m_stats.inFlight = inFlight;
}

bool Simulator::openState(const QString &sqlitePath, QString *error)
{
    return m_state->openDatabase(sqlitePath, error);
}

void Simulator::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = normalizedPath(request.url().path());
    if (path.startsWith("/sim/"_L1)) {
        handleInspection(path, request, socket);
        return;
    }
    if (path == "/vicidial/non_agent_api.php"_L1 || path == "/non_agent_api.php"_L1) {
        handleApi(request, socket);
        return;
    }
    respond(request, socket, Status::NotFound, "text/html; charset=iso-8859-1",
            apachePage("404 Not Found", "The requested URL was not found on this server."));
}

void Simulator::handleInspection(const QString &path, const QHttpServerRequest &request,
                                 QTcpSocket *socket)
{
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    const QByteArray json = "application/json";
    if (path == "/sim/phones"_L1 && isGet) {
        respond(request, socket, Status::Ok, json,
                QJsonDocument(phones()).toJson(QJsonDocument::Compact));
    } else if (path == "/sim/aliases"_L1 && isGet) {
        respond(request, socket, Status::Ok, json,
                QJsonDocument(aliases()).toJson(QJsonDocument::Compact));
    } else if (path == "/sim/stats"_L1 && isGet) {
        QJsonObject perFunction;
        for (auto it = m_stats.perFunction.cbegin(); it != m_stats.perFunction.cend(); ++it)
            perFunction.insert(it.key(), it.value());
        const QJsonObject stats{
            {u"totalRequests"_s, m_stats.totalRequests},
            {u"perFunction"_s, perFunction},
            {u"maxConcurrent"_s, m_stats.maxConcurrent},
            {u"maxConcurrentSameExtension"_s, m_stats.maxConcurrentSameExtension},
            {u"maxConcurrentSameLogin"_s, m_stats.maxConcurrentSameLogin}};
        respond(request, socket, Status::Ok, json,
                QJsonDocument(stats).toJson(QJsonDocument::Compact));
    } else if (path == "/sim/reset"_L1 && isPost) {
        reset();
        respond(request, socket, Status::Ok, "text/plain; charset=utf-8", "OK\n");
    } else if (path == "/sim/login"_L1) {
        respond(request, socket, Status::Ok, kHtmlUtf8, kLoginPage);
    } else if (path == "/sim/reset"_L1 || path == "/sim/phones"_L1 || path == "/sim/aliases"_L1 ||
               path == "/sim/stats"_L1) {
        respond(request, socket, Status::MethodNotAllowed, "text/plain; charset=utf-8",
                "method not allowed\n");
    } else {
        respond(request, socket, Status::NotFound, "text/html; charset=iso-8859-1",
                apachePage("404 Not Found", "The requested URL was not found on this server."));
    }
}

void Simulator::handleApi(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->socket = socket;
    exchange->request = &request;
    const bool isForm = headerValue(request, "content-type")
                            .trimmed()
                            .toLower()
                            .startsWith("application/x-www-form-urlencoded");
    exchange->params = RequestParams::parse(request.url().query(QUrl::FullyEncoded).toLatin1(),
                                            request.body(), isForm);
    exchange->method = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                      int(request.method())))
                           .toUpper();
    exchange->path = request.url().path();
    QHostAddress remote = request.remoteAddress();
    bool isV4 = false;
    const quint32 v4 = remote.toIPv4Address(&isV4);
    exchange->remoteIp = isV4 ? QHostAddress(v4).toString() : remote.toString();
    const bool nonLatin = m_state->config().nonLatin;
    exchange->function = ApiHandler::cleanedFunction(exchange->params, nonLatin);
    exchange->user = CleaningRules::clean(exchange->params.value("user"), KeepSet::Word, nonLatin);

    ++m_stats.totalRequests;
    ++m_stats.perFunction[exchange->function];
    m_stats.maxConcurrent = std::max(m_stats.maxConcurrent, ++m_stats.inFlight);
    const bool touchesPhone =
        exchange->function == "add_phone"_L1 || exchange->function == "update_phone"_L1;
    if (touchesPhone) {
        const QString extension = ApiHandler::cleanedExtension(exchange->params, nonLatin);
        if (!extension.isEmpty()) {
            exchange->extensionKey =
                extension.toLower() + QChar(0x1f) +
                ApiHandler::cleanedServerIp(exchange->params, nonLatin).toLower();
            m_stats.maxConcurrentSameExtension = std::max(
                m_stats.maxConcurrentSameExtension, ++m_extensionsInFlight[exchange->extensionKey]);
        }
    }
    if (exchange->function == "add_phone"_L1) {
        const QString login = ApiHandler::cleanedLogin(exchange->params, nonLatin);
        if (!login.isEmpty()) {
            exchange->loginKey = login.toLower();
            m_stats.maxConcurrentSameLogin =
                std::max(m_stats.maxConcurrentSameLogin, ++m_loginsInFlight[exchange->loginKey]);
        }
    }
    exchange->fault = nextFault(exchange->function);
    if (exchange->fault != Fault::None)
        ++m_stats.faultsInjected;

    const int firstHalf = m_latencyMs / 2;
    later(firstHalf, [this, exchange] { runChecks(exchange); });
}

void Simulator::later(int ms, std::function<void()> step)
{
    if (ms <= 0) {
        step();
        return;
    }
    QTimer::singleShot(ms, this, std::move(step));
}

void Simulator::runChecks(const ExchangePtr &exchange)
{
    const int secondHalf = m_latencyMs - m_latencyMs / 2;
    if (exchange->fault != Fault::None && !faultRunsRequest(exchange->fault)) {
        later(secondHalf, [this, exchange] { finish(exchange, SimReply()); });
        return;
    }
    // The checks run now; the insert only after more server time, as on the real
    // server, so that concurrent requests all pass the duplicate checks.
    const ApiHandler::Pending pending = m_api->check(exchange->params, exchange->remoteIp, now());
    if (!pending.needsInsert) {
        later(secondHalf, [this, exchange, reply = pending.reply] { finish(exchange, reply); });
        return;
    }
    later(secondHalf, [this, exchange, pending] {
        const SimReply reply = m_api->insert(pending);
        if (reply.httpStatus == 200)
            ++m_stats.phonesInserted;
        else
            ++m_stats.duplicateKeyErrors;
        finish(exchange, reply);
    });
}

Fault Simulator::nextFault(const QString &function)
{
    if (!m_injected.isEmpty() && (function == "add_phone"_L1 || function == "update_phone"_L1)) {
        const Fault fault = m_injected.first().first;
        if (--m_injected.first().second <= 0)
            m_injected.removeFirst();
        return fault;
    }
    for (const auto &[fault, rate] : std::as_const(m_faultRates)) {
        if (rate > 0 && m_random.generateDouble() < rate)
            return fault;
    }
    return Fault::None;
}

void Simulator::leaveFlight(const ExchangePtr &exchange)
{
    --m_stats.inFlight;
    if (!exchange->extensionKey.isEmpty() && --m_extensionsInFlight[exchange->extensionKey] <= 0)
        m_extensionsInFlight.remove(exchange->extensionKey);
    if (!exchange->loginKey.isEmpty() && --m_loginsInFlight[exchange->loginKey] <= 0)
        m_loginsInFlight.remove(exchange->loginKey);
}

void Simulator::finish(const ExchangePtr &exchange, const SimReply &reply)
{
    leaveFlight(exchange);
    deliver(exchange, reply);
    QByteArray first = reply.redactedFirstLine;
    if (exchange->fault != Fault::None)
        first = "[fault " + faultName(exchange->fault).toLatin1() + "] " + first;
    emit requestHandled(exchange->function, exchange->user, first);
    static const QMetaMethod logSignal = QMetaMethod::fromSignal(&Simulator::requestLogged);
    if (isSignalConnected(logSignal))
        emit requestLogged(logLine(exchange, reply));
}

void Simulator::deliver(const ExchangePtr &exchange, const SimReply &reply)
{
    QTcpSocket *socket = exchange->socket.data();
    // The client may have given up during the latency; then there is no one to answer.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QHttpServerRequest &request = *exchange->request;
    switch (exchange->fault) {
    case Fault::None:
        respond(request, socket, Status(reply.httpStatus), kHtmlUtf8, reply.body);
        return;
    case Fault::ServerError500:
    case Fault::ServerError500AfterInsert:
        respond(request, socket, Status::InternalServerError, kHtmlUtf8, QByteArray());
        return;
    case Fault::HtmlErrorPage:
        respond(request, socket, Status::ServiceUnavailable, "text/html; charset=iso-8859-1",
                apachePage("503 Service Unavailable",
                           "The server is temporarily unable to service your request due to "
                           "maintenance downtime or capacity problems. Please try again later."));
        return;
    case Fault::Redirect: {
        QUrl login = baseUrl();
        login.setPath(u"/sim/login"_s);
        SimHttpServer::responder(request, socket)
            .write(apachePage("302 Found", "The document has moved."),
                   {{"Content-Type", "text/html; charset=iso-8859-1"},
                    {"Location", login.toEncoded()}},
                   Status::Found);
        return;
    }
    case Fault::Garbage200: {
        QByteArray garbage;
        for (int i = 0; i < 64; ++i)
            garbage.append(char((i * 73 + 41) % 256));
        respond(request, socket, Status::Ok, kHtmlUtf8, garbage);
        return;
    }
    case Fault::CloseMidReply:
    case Fault::NeverFinish: {
        const QByteArray body = reply.body.isEmpty() ? QByteArray("\n") : reply.body;
        QHttpServerResponder responder = SimHttpServer::responder(request, socket);
        responder.writeStatusLine(Status::Ok);
        responder.writeHeader("Content-Type", kHtmlUtf8);
        // Promise the whole body, send only its first half.
        responder.writeHeader("Content-Length", QByteArray::number(body.size() + 32));
        responder.writeBody(body.left(body.size() / 2));
        socket->flush();
        if (exchange->fault == Fault::CloseMidReply)
            socket->disconnectFromHost();
        return;
    }
    }
}

QString Simulator::logLine(const ExchangePtr &exchange, const SimReply &reply) const
{
    QStringList params;
    for (const auto &[name, value] : exchange->params.all()) {
        const QByteArray shown =
            isSecretParam(name) ? QByteArray("***") : value.toPercentEncoding(" @:/,*#");
        const QByteArray pair = name.toPercentEncoding() + '=' + shown;
        params.append(QString::fromLatin1(pair));
    }
    QString line = now().toUTC().toString(Qt::ISODate) + u' ' + exchange->remoteIp + u' ' +
                   QString::fromLatin1(exchange->method) + u' ' + exchange->path + u' ' +
                   params.join(u'&') + u" -> "_s;
    if (exchange->fault != Fault::None)
        line += u"fault "_s + faultName(exchange->fault) + u" after "_s;
    line += QString::number(reply.httpStatus) + u' ' + QString::fromUtf8(reply.redactedFirstLine);
    return line;
}

} // namespace sim
