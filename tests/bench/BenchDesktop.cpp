// bench_desktop: the desktop app's start-up as the user sees it. Builds the
// main window the way DesktopApp does (context with settings, history and a
// secret store, then MainWindow), shows it on the current platform (offscreen
// in the benchmark) and prints, as one JSON line, the CLOCK_MONOTONIC time of
// its first paint; the caller subtracts the time it started the process.
//
//   bench_desktop HISTORY.sqlite [--history-window]
//
// With --history-window it then opens the history window on the same file and
// also reports the milliseconds until that window's first paint.
#include "history/HistoryWindow.h"
#include "mainwindow/MainWindow.h"
#include "widgets/AppContext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

using namespace vp;

namespace {

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Calls back once, after the watched widget's first paint event.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *widget, std::function<void()> done) : m_done(std::move(done))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_done) {
            watched->removeEventFilter(this);
            // After the paint has finished, not inside it.
            QTimer::singleShot(0, this, std::exchange(m_done, {}));
        }
        return false;
    }

private:
    std::function<void()> m_done;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The same names and icon as app/viciprov/main.cpp.
    QCoreApplication::setOrganizationName(u"ViciProvisionerBench"_s);
    QCoreApplication::setApplicationName(u"viciprov-bench"_s);
    QApplication::setApplicationDisplayName(u"Vici Provisioner"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/viciprov.svg"_s));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_desktop HISTORY.sqlite [--history-window]\n");
        return 2;
    }
    const bool openHistory = args.contains("--history-window"_L1);

    auto history = std::make_unique<HistoryStore>();
    QString error;
    if (!history->open(args.at(1), &error)) {
        std::fprintf(stderr, "bench_desktop: %s\n", qPrintable(error));
        return 1;
    }
    // Temporary settings and an in-memory secret store: the measurement must
    // not read or change the user's own profile.
    AppContext context(Settings::createTemporary(), std::move(history),
                       std::make_unique<MemorySecretStore>());
    MainWindow window(context);
    qint64 shownNs = 0;
    double historyMs = -1;
    QElapsedTimer historyTimer;
    std::unique_ptr<HistoryWindow> historyWindow;
    std::unique_ptr<FirstPaint> historyPaint;

    const auto finish = [&] {
        std::printf("{\"shown_ns\": %lld, \"history_ms\": %.1f}\n", static_cast<long long>(shownNs),
                    historyMs);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    };
    FirstPaint mainPaint(&window, [&] {
        shownNs = monotonicNs();
        if (!openHistory) {
            finish();
            return;
        }
        historyTimer.start();
        historyWindow = std::make_unique<HistoryWindow>(context);
        historyPaint = std::make_unique<FirstPaint>(historyWindow.get(), [&] {
            historyMs = historyTimer.nsecsElapsed() / 1e6;
            finish();
        });
        historyWindow->show();
    });
    window.show();
    return app.exec();
}
