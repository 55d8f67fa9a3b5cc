// The hidden --screenshot option: fills the demo with a few phones, opens
// each window in turn and saves a picture of it, for the README.
#pragma once

#include <functional>
#include <QObject>
#include <QString>

class QWidget;

namespace sim {
class Simulator;
}

namespace vp {

class AppContext;
class MainWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow &window, AppContext &context, sim::Simulator *simulator,
                   const QString &directory);
    ~ScreenshotTour() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void grab(QWidget *widget, const QString &name);
    void shootMain();
    void shootSettings();
    // Settings > History, this computer and a shared database side by side.
    void shootHistorySettings();
    void shootCredentialTest();
    void shootDroppedCheck();
    void shootHistory();
    void shootPhones();
    // Tools > Phone aliases with an alias added.
    void shootAliases();
    // The import dialog's pages (ScreenshotTourImport.cpp); done() goes on.
    void shootImport(const std::function<void()> &done);

    MainWindow &m_window;
    AppContext &m_context;
    sim::Simulator *m_simulator;
    QString m_directory;
    int m_failures = 0;
};

} // namespace vp
