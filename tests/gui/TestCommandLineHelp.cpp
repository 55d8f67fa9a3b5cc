// --version and --help on every executable: they print, exit 0, and need no
// display (the desktop program too: no QT_QPA_PLATFORM, no DISPLAY).
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

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
    const QString version = QString::fromUtf8(VP_VERSION);
    const QList<std::pair<const char *, QString>> programs = {
        {"viciprov", QString::fromUtf8(VP_DESKTOP_PATH)},
        {"viciprov-cli", QString::fromUtf8(VP_CLI_PATH)},
        {"viciprov-sim", QString::fromUtf8(VP_SIM_PATH)}};
    for (const auto &[name, path] : programs) {
        QTest::newRow(qPrintable(QLatin1String(name) + " --version"_L1))
            << path << u"--version"_s << version;
        // Every help names the options it just answered.
        QTest::newRow(qPrintable(QLatin1String(name) + " --help"_L1))
            << path << u"--help"_s << u"--version"_s;
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
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
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
