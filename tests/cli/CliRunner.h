// Runs the real viciprov-cli (VP_CLI_PATH) against a simulator of this
// process, with throw-away settings and history in `dir`, while this
// process's event loop keeps the simulator answering. Shared by the CLI tests.
#pragma once

#include <QEventLoop>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTimer>

namespace test {

struct CliRun
{
    int exitCode = -1; // -1 on crash or time-out
    QByteArray out, err;

    QString diagnostics() const
    {
        return QString::fromUtf8("stdout:\n" + out + "\nstderr:\n" + err);
    }
    // The "batch: ID" line of standard output, empty when none.
    QString printedBatch() const
    {
        const auto match =
            QRegularExpression(QStringLiteral("(?m)^batch: (\\S+)$")).match(QString::fromUtf8(out));
        return match.hasMatch() ? match.captured(1) : QString();
    }
};

// Starts viciprov-cli with the throw-away settings and history of `dir`; the
// API password is given in VP_TEST_PASS (never on the command line).
// `extraEnv` adds or replaces environment variables (USER: who runs it).
inline void startCli(QProcess &process, const QString &dir, const QString &url, const QString &user,
                     const QString &password, const QStringList &arguments,
                     const QProcessEnvironment &extraEnv = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : extraEnv.keys())
        env.insert(name, extraEnv.value(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("VP_TEST_PASS"), password);
    process.setProcessEnvironment(env);
    QStringList all = {QStringLiteral("--url"),          url,
                       QStringLiteral("--user"),         user,
                       QStringLiteral("--password-env"), QStringLiteral("VP_TEST_PASS"),
                       QStringLiteral("--history"),      dir + QStringLiteral("/history.sqlite")};
    all += arguments;
    process.start(QString::fromUtf8(VP_CLI_PATH), all);
}

// Runs it to its end (at most two minutes).
inline CliRun runCli(const QString &dir, const QString &url, const QString &user,
                     const QString &password, const QStringList &arguments,
                     const QProcessEnvironment &extraEnv = {})
{
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    startCli(process, dir, url, user, password, arguments, extraEnv);
    loop.exec();
    CliRun run;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

} // namespace test
