// Prints the import's cost on a 100,000-row CSV: read (decode, detect, parse),
// build + validate + duplicate check, the preview model and its table view
// opening, and the real dialog doing the same off the UI thread while a 20 ms
// timer on the UI thread measures how late it ever runs. Peak memory is the
// process's VmHWM from /proc/self/status.
#include "import/ImportDialog.h"
#include "import/ImportPipeline.h"
#include "import/ImportPreviewModel.h"
#include "widgets/AppContext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace vp;

namespace {

constexpr int kRows = 100000;

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void report(const char *step, qint64 ms)
{
    std::printf("%-44s %7lld ms   peak RSS %6.1f MB\n", step, static_cast<long long>(ms),
                double(peakRssKb()) / 1024.0);
    std::fflush(stdout);
}

QByteArray makeCsv()
{
    QByteArray csv = "extension,phone_full_name,phone_login,server_ip,protocol,local_gmt,"
                     "outbound_cid,phone_context,email,admin_user_group,template_id,active\r\n";
    csv.reserve(kRows * 110);
    for (int i = 0; i < kRows; ++i) {
        const QByteArray n = QByteArray::number(100000 + i);
        csv += n + ",Agent " + n + ",ag" + n + ",10.10.10.15,SIP,-5.00,312555" + n.right(4) +
               ",default,agent" + n + "@example.com,---ALL---,,Y\r\n";
    }
    return csv;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"phones-100k.csv"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(makeCsv()) < 0)
            return 1;
        std::printf("%d rows, %.1f MB\n", kRows, double(file.size()) / (1024.0 * 1024.0));
    }
    report("start", 0);

    QElapsedTimer total;
    total.start();
    QElapsedTimer timer;
    timer.start();
    ImportSource source;
    source.path = path;
    const CsvTable table = ImportPipeline::read(source, CsvOptions());
    if (!table.ok()) {
        std::printf("read failed: %s\n", qPrintable(table.error));
        return 1;
    }
    report("read (decode, detect, parse)", timer.restart());

    ImportPreviewSettings settings;
    settings.defaults.generatePasswords = true;
    // History as a busy install has it: 10,000 phones already added.
    for (int i = 0; i < 10000; ++i) {
        settings.addedExtensionKeys.insert(u"%1@10.10.10.15"_s.arg(900000 + i));
        settings.addedLoginKeys.insert(u"ag%1"_s.arg(900000 + i));
    }
    const ColumnMapping mapping = ImportPipeline::guessMapping(table);
    ImportPreviewData data = ImportPipeline::build(table, mapping, settings);
    report("build + validate + duplicate check", timer.restart());
    std::printf("%-44s %7lld ms\n", "parse + validate + duplicates, total",
                static_cast<long long>(total.elapsed()));

    int blocked = 0;
    for (const auto &issues : data.issues)
        blocked += issues.isEmpty() ? 0 : 1;
    std::printf("rows %lld, with field problems %d\n", static_cast<long long>(data.rows.size()),
                blocked);

    timer.restart();
    ImportPreviewModel model;
    model.setPreview(std::move(data), settings);
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 700);
    view.show();
    QCoreApplication::processEvents();
    report("preview model + table view shown", timer.restart());

    // The real dialog: reading and checking run off the UI thread.
    auto history = std::make_unique<HistoryStore>();
    history->openInMemory();
    AppContext context(Settings::createTemporary(), std::move(history),
                       std::make_unique<MemorySecretStore>());
    ImportDialog dialog(context);
    dialog.show();
    qint64 worstGap = 0;
    QElapsedTimer tick;
    QTimer ticker;
    ticker.setInterval(20);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { worstGap = std::max(worstGap, tick.restart() - 20); });
    tick.start();
    ticker.start();
    timer.restart();
    dialog.openFile(path);
    while (dialog.isBusy() ||
           dialog.findChild<QPushButton *>(u"nextPushButton"_s)->isEnabled() == false) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (timer.elapsed() > 30000)
            break;
    }
    report("dialog: file read off the UI thread", timer.restart());
    auto *next = dialog.findChild<QPushButton *>(u"nextPushButton"_s);
    next->click(); // to Columns
    next->click(); // build the preview
    while (dialog.currentStep() != ImportDialog::PreviewStep && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QCoreApplication::processEvents();
    report("dialog: preview built and shown", timer.restart());
    std::printf("UI timer (20 ms) worst lateness during both: %lld ms\n",
                static_cast<long long>(worstGap));
    report("end", 0);
    return 0;
}
