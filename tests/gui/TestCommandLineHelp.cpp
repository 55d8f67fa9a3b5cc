// --version and --help on every executable: they print, exit 0, and need no
// display (the desktop program too: no QT_QPA_PLATFORM, no DISPLAY).
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestCommandLineHelp : public QObject
{
    Q_OBJECT

private slots:
    void printsAndExitsWithoutDisplay_data();
    void printsAndExitsWithoutDisplay();
};

void TestCommandLineHelp::printsAndExitsWithoutDisplay_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    const QString version = QStringLiteral(VP_VERSION);
    const QList<std::pair<const char *, QString>> programs = {
        {"viciprov", QStringLiteral(VP_DESKTOP_PATH)},
        {"viciprov-cli", QStringLiteral(VP_CLI_PATH)},
        {"viciprov-sim", QStringLiteral(VP_SIM_PATH)}};
    for (const auto &[name, path] : programs) {
        QTest::newRow(qPrintable(QLatin1String(name) + QLatin1String(" --version")))
            << path << QStringLiteral("--version") << version;
        // Every help names the options it just answered.
        QTest::newRow(qPrintable(QLatin1String(name) + QLatin1String(" --help")))
            << path << QStringLiteral("--help") << QStringLiteral("--version");
    }
}

void TestCommandLineHelp::printsAndExitsWithoutDisplay()
{
    QFETCH(QString, program);
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(name));
    // English output whatever the machine's language.
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, {argument});
    QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY2(out.contains(expected), qPrintable(out + err));
}

QTEST_GUILESS_MAIN(TestCommandLineHelp)
#include "TestCommandLineHelp.moc"
