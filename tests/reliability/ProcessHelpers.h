// viciprov-cli and viciprov-sim as real, separate processes, with a private
// HOME and XDG folders so that every file they write can be inspected.
#pragma once

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace vp::reliability {

using namespace Qt::StringLiterals;

struct CliRun
{
    int exitCode = -1; // -1: crashed, killed or timed out
    QByteArray out;
    QByteArray err;
    QString all() const { return QString::fromUtf8("stdout:\n" + out + "\nstderr:\n" + err); }
};

// Where the processes live: HOME, XDG_CONFIG_HOME, XDG_DATA_HOME,
// XDG_CACHE_HOME, XDG_RUNTIME_DIR and TMPDIR all under one folder.
inline QProcessEnvironment privateEnvironment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList names = {u"HOME"_s,           u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s,
                               u"XDG_CACHE_HOME"_s, u"XDG_RUNTIME_DIR"_s, u"TMPDIR"_s};
    for (const QString &name : names) {
        const QString dir = root + QLatin1Char('/') + name.toLower();
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
        env.insert(name, dir);
    }
    // No desktop session: the keychain is unavailable, as on a server.
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    return env;
}

inline std::unique_ptr<QProcess> startCli(const QProcessEnvironment &env,
                                          const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->start(QString::fromUtf8(VP_CLI_PATH), arguments);
    return process;
}

// Waits while this thread's event loop keeps running (an in-process simulator
// keeps answering); kills the process after timeoutMs.
inline CliRun finishCli(QProcess &process, int timeoutMs = 120000)
{
    CliRun run;
    if (process.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline CliRun runCli(const QProcessEnvironment &env, const QStringList &arguments,
                     int timeoutMs = 120000)
{
    auto process = startCli(env, arguments);
    return finishCli(*process, timeoutMs);
}

// A GET on the simulator's inspection pages (/sim/phones, /sim/stats).
inline QJsonDocument getJson(const QUrl &url)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return document;
}

// viciprov-sim in its own process; stopped (SIGTERM, then SIGKILL) on destruction.
class SimProcess
{
public:
    // The request log (stderr) goes to logFile, or nowhere: an unread pipe
    // would fill and stall the server.
    bool start(const QProcessEnvironment &env, const QStringList &arguments,
               const QString &logFile = {})
    {
        m_process.setProcessEnvironment(env);
        m_process.setStandardErrorFile(logFile.isEmpty() ? QProcess::nullDevice() : logFile);
        m_process.start(QString::fromUtf8(VP_SIM_PATH),
                        QStringList{u"--port"_s, u"0"_s} + arguments);
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray line;
        while (!line.contains('\n')) {
            if (!m_process.waitForReadyRead(20000))
                return false;
            line += m_process.readAllStandardOutput();
        }
        const int at = line.indexOf("listening on ");
        if (at < 0)
            return false;
        m_baseUrl = QUrl(QString::fromUtf8(line.mid(at + 13).trimmed()));
        return m_baseUrl.isValid();
    }

    ~SimProcess() { stop(); }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QUrl baseUrl() const { return m_baseUrl; }
    qint64 pid() const { return m_process.processId(); }

    QJsonArray phones() const { return getJson(page(u"/sim/phones"_s)).array(); }
    QJsonObject stats() const { return getJson(page(u"/sim/stats"_s)).object(); }

private:
    QUrl page(const QString &path) const
    {
        QUrl url = m_baseUrl;
        url.setPath(path);
        return url;
    }

    QProcess m_process;
    QUrl m_baseUrl;
};

} // namespace vp::reliability
