// bench_bare_window: the reference for the desktop start-up figure, a plain Qt
// window (a label and a button in a layout) shown the same way and reporting
// the CLOCK_MONOTONIC time of its first paint as bench_desktop does.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

class FirstPaint : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            timespec now{};
            clock_gettime(CLOCK_MONOTONIC, &now);
            const long long ns = static_cast<long long>(now.tv_sec) * 1000000000 + now.tv_nsec;
            QTimer::singleShot(0, this, [ns] {
                std::printf("{\"shown_ns\": %lld, \"history_ms\": -1}\n", ns);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(u"Hello"_s));
    layout->addWidget(new QPushButton(u"OK"_s));
    window.resize(900, 600);
    FirstPaint paint;
    window.installEventFilter(&paint);
    window.show();
    return app.exec();
}
