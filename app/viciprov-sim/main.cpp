// viciprov-sim: the VICIdial API simulator as a stand-alone server.
#include "Fault.h"
#include "SimBuild.h"
#include "SimConfig.h"
#include "Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "viciprov-sim: %s\n", qUtf8Printable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"viciprov-sim"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(VICIPROV_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simulates a VICIdial server's non-agent API (version, add_phone, update_phone, "
        "add_phone_alias) on a loopback port, for tests and demos."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on; 0 picks a free one."_s,
                                        u"N"_s, u"0"_s);
    const QCommandLineOption configOption(
        u"config"_s, u"JSON file with users, servers, templates."_s, u"FILE"_s);
    const QCommandLineOption stateOption(u"state"_s, u"SQLite file that keeps the phones."_s,
                                         u"FILE"_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s, u"Server time per request."_s, u"N"_s,
                                           u"0"_s);
    const QCommandLineOption tlsOption(u"tls"_s,
                                       u"Serve HTTPS (self-signed unless --cert/--key)."_s);
    const QCommandLineOption certOption(u"cert"_s, u"PEM certificate for --tls."_s, u"FILE"_s);
    const QCommandLineOption keyOption(u"key"_s, u"PEM private key for --tls."_s, u"FILE"_s);
    const QCommandLineOption faultOption(
        u"fault-rate"_s,
        u"Give a share of requests a fault; KIND is one of server-error-500, html-error-page, "
        "redirect, garbage-200, close-mid-reply, never-finish, server-error-500-after-insert. "
        "Repeatable."_s,
        u"KIND=R"_s);
    const QCommandLineOption buildOption(
        u"build"_s,
        u"Behave as this VICIdial build (default 2.14-202); one of: %1."_s.arg(
            sim::SimBuild::knownVersions().join(u", "_s)),
        u"VERSION"_s, u"2.14-202"_s);
    parser.addOptions({portOption, configOption, stateOption, latencyOption, tlsOption, certOption,
                       keyOption, faultOption, buildOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return failWith(u"--port needs a number from 0 to 65535"_s);
    const int latency = parser.value(latencyOption).toInt(&ok);
    if (!ok || latency < 0)
        return failWith(u"--latency-ms needs a number of milliseconds"_s);

    sim::SimConfig config = sim::SimConfig::defaults();
    if (parser.isSet(configOption)) {
        QFile file(parser.value(configOption));
        if (!file.open(QIODevice::ReadOnly))
            return failWith(u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        QString error;
        const auto loaded = sim::SimConfig::fromJson(file.readAll(), &error);
        if (!loaded)
            return failWith(u"%1: %2"_s.arg(file.fileName(), error));
        config = *loaded;
    }

    const auto build = sim::SimBuild::fromVersion(parser.value(buildOption));
    if (!build)
        return failWith(u"--build: unknown VICIdial build \"%1\"; known: %2"_s.arg(
            parser.value(buildOption), sim::SimBuild::knownVersions().join(u", "_s)));
    config.build = *build;

    sim::Simulator simulator(config);
    simulator.setLatencyMs(latency);
    for (const QString &spec : parser.values(faultOption)) {
        const qsizetype eq = spec.indexOf(u'=');
        const auto fault = sim::faultFromName(spec.left(eq));
        const double rate = eq < 0 ? -1 : spec.mid(eq + 1).toDouble(&ok);
        if (!fault || eq < 0 || !ok || rate < 0 || rate > 1)
            return failWith(
                u"--fault-rate needs KIND=R with R from 0 to 1, not \"%1\""_s.arg(spec));
        simulator.setFaultRate(*fault, rate);
    }
    if (parser.isSet(stateOption)) {
        QString error;
        if (!simulator.openState(parser.value(stateOption), &error))
            return failWith(error);
    }
    if (parser.isSet(tlsOption)) {
        QString error;
        const bool given = parser.isSet(certOption) || parser.isSet(keyOption);
        if (given && !(parser.isSet(certOption) && parser.isSet(keyOption)))
            return failWith(u"--cert and --key go together"_s);
        const bool tlsOk =
            given ? simulator.enableTls(parser.value(certOption), parser.value(keyOption), &error)
                  : simulator.enableTls(&error);
        if (!tlsOk)
            return failWith(error);
    } else if (parser.isSet(certOption) || parser.isSet(keyOption)) {
        return failWith(u"--cert and --key need --tls"_s);
    }

    QObject::connect(
        &simulator, &sim::Simulator::requestLogged, &simulator,
        [](const QString &line) { std::fprintf(stderr, "%s\n", qUtf8Printable(line)); });
    if (!simulator.listen(quint16(port)))
        return failWith(u"cannot listen on port %1: %2"_s.arg(port).arg(simulator.errorString()));

    std::printf("listening on %s\n", simulator.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    if (simulator.isTls())
        std::fprintf(stderr, "certificate SHA-256 %s\n",
                     simulator.certificateSha256().toHex(':').constData());

    // Stop cleanly on SIGINT/SIGTERM so that the SQLite state is closed properly.
    static int signalPipe[2];
    if (::pipe(signalPipe) == 0) {
        auto handler = [](int) {
            const char c = 1;
            [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
        };
        std::signal(SIGINT, handler);
        std::signal(SIGTERM, handler);
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    }
    return app.exec();
}
