// bench_sim: add_phone requests per second the simulator serves on loopback,
// with 1 and with 8 concurrent keep-alive clients and no added latency. The
// simulator runs in its own thread; the clients are plain sockets so that the
// client side costs as little as possible and the number measures the server.
#include "Simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

namespace {

class Client : public QObject
{
public:
    Client(quint16 port, int id, int *completed, int *failures, QObject *parent)
        : QObject(parent), m_id(id), m_completed(completed), m_failures(failures)
    {
        connect(&m_socket, &QTcpSocket::connected, this, &Client::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Client::read);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void stop() { m_stopped = true; }

private:
    void sendNext()
    {
        if (m_stopped)
            return;
        // Unique extension and login per request: every one is a real insert.
        const QByteArray n = QByteArray::number(m_id) + 'x' + QByteArray::number(m_sent++);
        const QByteArray body =
            "function=add_phone&user=apiadmin&pass=Secret123&source=bench&extension=e" + n +
            "&dialplan_number=d" + n + "&voicemail_id=1&phone_login=l" + n + "&phone_pass=pw" + n +
            "&server_ip=10.10.10.15&protocol=SIP&registration_password=rg" + n +
            "&phone_full_name=Bench%20" + n + "&local_gmt=-5.00&outbound_cid=3125551212";
        m_socket.write("POST /vicidial/non_agent_api.php HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    void read()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ");
            if (lengthAt < 0 || lengthAt > headerEnd)
                return;
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", lengthAt);
            const int length = m_buffer.mid(lengthAt + 16, lineEnd - lengthAt - 16).toInt();
            if (m_buffer.size() < headerEnd + 4 + length)
                return;
            const QByteArray reply = m_buffer.mid(headerEnd + 4, length);
            m_buffer.remove(0, headerEnd + 4 + length);
            if (reply.startsWith("SUCCESS"))
                ++*m_completed;
            else
                ++*m_failures;
            sendNext();
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_id;
    int m_sent = 0;
    int *m_completed;
    int *m_failures;
    bool m_stopped = false;
};

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Result
{
    double perSecond = 0;    // measured wall-clock rate
    double perServerCpu = 0; // requests per CPU-second of the simulator's thread
};

// The machine is shared: besides the wall-clock rate, report what one fully
// available core would serve, from the CPU time the simulator's thread used.
Result measure(quint16 port, int clients, int durationMs, int *failures,
               const std::function<double()> &serverCpu)
{
    int completed = 0;
    *failures = 0;
    QObject owner;
    QList<Client *> list;
    static int round = 0;
    ++round;
    for (int i = 0; i < clients; ++i)
        list.append(new Client(port, round * 100 + i, &completed, failures, &owner));
    // Warm up (connections, allocations), then count over a fixed window.
    QElapsedTimer warm;
    warm.start();
    while (warm.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const int startCount = completed;
    const double cpuStart = serverCpu();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < durationMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const int done = completed - startCount;
    Result result;
    result.perSecond = done * 1000.0 / double(timer.elapsed());
    result.perServerCpu = done / std::max(1e-6, serverCpu() - cpuStart);
    for (Client *c : list)
        c->stop();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int durationMs = argc > 1 ? QByteArray(argv[1]).toInt() : 3000;

    QThread serverThread;
    serverThread.start();
    sim::Simulator *simulator = nullptr;
    // Create and start the simulator in its thread so that its sockets live there.
    QObject anchor;
    anchor.moveToThread(&serverThread);
    quint16 port = 0;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            simulator = new sim::Simulator();
            if (simulator->listen())
                port = simulator->port();
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        std::fprintf(stderr, "bench_sim: the simulator could not listen\n");
        return 1;
    }

    const auto serverCpu = [&anchor] {
        double seconds = 0;
        QMetaObject::invokeMethod(
            &anchor, [&seconds] { seconds = threadCpuSeconds(); }, Qt::BlockingQueuedConnection);
        return seconds;
    };
    int failures = 0;
    const Result one = measure(port, 1, durationMs, &failures, serverCpu);
    std::printf("bench_sim: add_phone, 1 client:  %8.0f requests/s (%d failed; %.0f per "
                "simulator CPU-second)\n",
                one.perSecond, failures, one.perServerCpu);
    const Result eight = measure(port, 8, durationMs, &failures, serverCpu);
    std::printf("bench_sim: add_phone, 8 clients: %8.0f requests/s (%d failed; %.0f per "
                "simulator CPU-second)\n",
                eight.perSecond, failures, eight.perServerCpu);
    std::fflush(stdout);
    const double eightRate = eight.perSecond;

    int phones = 0;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            phones = int(simulator->phones().size());
            delete simulator;
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    std::printf(
        "bench_sim: %d phones stored; target >= 2000 requests/s with 8 clients: %s\n", phones,
        eightRate >= 2000 ? "met" : "NOT met (see the CPU-second figure on a busy machine)");
    return 0;
}
