// Start-up of the desktop program: the command line (--demo, --version,
// --help), the services for the chosen profile, the demo simulator, and the
// main window. The viciprov executable is only main() calling run().
#pragma once

#include <memory>
#include <QObject>

class QApplication;
class QCoreApplication;

namespace sim {
class Simulator;
}

namespace vp {

class AppContext;
class MainWindow;
class SecretStore;
class Settings;

class DesktopApp : public QObject
{
    Q_OBJECT
public:
    DesktopApp();
    ~DesktopApp() override;

    struct Options
    {
        bool demo = false;
        QString screenshotDirectory;
    };
    // Parses the command line; --help and --version print and exit here, so
    // they work without a display (main() calls this with a QCoreApplication).
    static Options parseArguments(QCoreApplication &app);
    // Installs the translators for the language chosen in the settings of the
    // profile the arguments select (demo or normal), else the system's.
    // Called before parseArguments so that --help is translated too.
    static void loadTranslations(const QCoreApplication &app);
    static bool wantsTextOnly(int argc, char *argv[]);

    // Parses the arguments, shows the window and runs the event loop.
    int run(QApplication &app);

    // The demo: a simulator on a free loopback port and a context with its own
    // settings and history ("demo" profile), pre-filled to talk to it. Also
    // used by tests (temporary = settings and history vanish afterwards).
    bool startDemo(bool temporary, QString *error);
    // The real profile (keychain, settings, history in AppDataLocation or on
    // the team's database server, as the settings say).
    bool startNormal(QString *error);
    // The same with the given settings and secret store (tests). When the
    // history cannot be opened the user is asked what to do; false when the
    // answer was Quit.
    bool startWith(std::unique_ptr<Settings> settings, std::unique_ptr<SecretStore> secrets,
                   QString *error);

    AppContext *context() const { return m_context.get(); }
    sim::Simulator *simulator() const { return m_simulator.get(); }

private:
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace vp
