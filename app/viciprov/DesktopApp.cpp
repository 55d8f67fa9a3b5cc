#include "DesktopApp.h"

#include "config/Translations.h"
#include "history/HistoryWindow.h"
#include "mainwindow/MainWindow.h"
#include "model/VicidialSystem.h"
#include "ScreenshotTour.h"
#include "settings/HistoryStartup.h"
#include "Simulator.h"
#include "widgets/AppContext.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vp {

DesktopApp::DesktopApp() = default;

DesktopApp::~DesktopApp()
{
    // The window uses the context, the context's service talks to the simulator.
    m_window.reset();
    m_context.reset();
    m_simulator.reset();
}

bool DesktopApp::startDemo(bool temporary, QString *error)
{
    m_simulator = std::make_unique<sim::Simulator>();
    if (!m_simulator->listen(0)) {
        *error = tr("The demo simulator could not start: %1").arg(m_simulator->errorString());
        return false;
    }
    auto settings = temporary ? Settings::createTemporary() : Settings::createDefault(u"demo"_s);
    auto history = std::make_unique<HistoryStore>();
    QString historyError;
    const bool opened = temporary
                            ? history->openInMemory(&historyError)
                            : history->open(HistoryStore::defaultPath(u"demo"_s), &historyError);
    if (!opened) {
        *error = tr("The demo history could not be opened: %1").arg(historyError);
        return false;
    }
    // The simulator's port changes every run, so the address is set each time.
    settings->setValue(SettingKey::ServerUrl, m_simulator->apiUrl().toString());
    settings->setSystemName(VicidialSystem::keyFor(m_simulator->apiUrl()), tr("Demo simulator"));
    settings->setValue(SettingKey::ApiUser, u"apiadmin"_s);
    if (settings->value(SettingKey::DefaultServerIp).toString().isEmpty())
        settings->setValue(SettingKey::DefaultServerIp, u"10.10.10.15"_s);
    m_context = std::make_unique<AppContext>(std::move(settings), std::move(history),
                                             std::make_unique<MemorySecretStore>());
    m_context->setDemo(true, m_simulator->apiUrl());
    m_context->setApiPassword(u"Secret123"_s);
    return true;
}

bool DesktopApp::startNormal(QString *error)
{
    return startWith(Settings::createDefault(), std::make_unique<KeychainSecretStore>(), error);
}

bool DesktopApp::startWith(std::unique_ptr<Settings> settings, std::unique_ptr<SecretStore> secrets,
                           QString *error)
{
    // The history the settings name (this computer's file or the team's
    // database), or the user's Quit: never another one in its place.
    std::unique_ptr<HistoryStore> history = HistoryStartup::open(*settings, *secrets, error);
    if (!history)
        return false;
    m_context =
        std::make_unique<AppContext>(std::move(settings), std::move(history), std::move(secrets));
    m_context->loadApiPassword();
    return true;
}

bool DesktopApp::wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
            arg == "-v" || arg == "-?")
            return true;
    }
    return false;
}

void DesktopApp::loadTranslations(const QCoreApplication &app)
{
    const QStringList arguments = app.arguments();
    // Screenshots use throw-away settings: they follow the system's language.
    QString language;
    if (!arguments.contains("--screenshot"_L1) && arguments.filter(u"--screenshot="_s).isEmpty()) {
        const bool demo = arguments.contains("--demo"_L1);
        language = Settings::createDefault(demo ? u"demo"_s : QString())
                       ->value(SettingKey::Language)
                       .toString();
    }
    Translations::install(language);
}

DesktopApp::Options DesktopApp::parseArguments(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates phone extensions on a VICIdial server through its non-agent API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, tr("Try the program against a built-in simulator; nothing real is touched."));
    QCommandLineOption screenshotOption(
        u"screenshot"_s, tr("Save pictures of the windows to DIR and quit."), tr("DIR"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.process(app);
    Options options;
    options.demo = parser.isSet(demoOption);
    options.screenshotDirectory = parser.value(screenshotOption);
    return options;
}

int DesktopApp::run(QApplication &app)
{
    loadTranslations(app);
    const Options options = parseArguments(app);
    QString error;
    const bool screenshots = !options.screenshotDirectory.isEmpty();
    const bool ok =
        options.demo || screenshots ? startDemo(screenshots, &error) : startNormal(&error);
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    std::unique_ptr<ScreenshotTour> tour;
    if (screenshots) {
        tour = std::make_unique<ScreenshotTour>(*m_window, *m_context, m_simulator.get(),
                                                options.screenshotDirectory);
        connect(tour.get(), &ScreenshotTour::finished, &app, &QCoreApplication::exit);
        QTimer::singleShot(300, tour.get(), &ScreenshotTour::start);
    }
    return app.exec();
}

} // namespace vp
