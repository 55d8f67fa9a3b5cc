// The screenshot tour's import pages: a generated range asking for its
// caller ID, then a pasted list with the things a first import meets (a name
// with an apostrophe, an empty password cell, a duplicate, a refused email)
// through the columns page, the preview scrolled to the refused cell, and
// the dry run.
#include "ScreenshotTour.h"

#include "import/ImportDialog.h"
#include "import/ImportPreviewModel.h"
#include "mainwindow/MainWindow.h"

#include <functional>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

// Calls then() once the dialog has finished reading or checking and can go on
// (pasted text is read after a pause, so "not busy" alone is not enough).
void whenIdle(QObject *context, ImportDialog *dialog, std::function<void()> then, int tries = 100)
{
    const auto *next = dialog->findChild<QPushButton *>(u"nextPushButton"_s);
    if ((!dialog->isBusy() && next && next->isEnabled()) || tries <= 0) {
        QTimer::singleShot(150, context, std::move(then));
        return;
    }
    QTimer::singleShot(100, context, [context, dialog, then, tries] {
        whenIdle(context, dialog, then, tries - 1);
    });
}

template<typename T>
T *find(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QLatin1String(name));
}

} // namespace

void ScreenshotTour::shootImport(const std::function<void()> &done)
{
    auto *dialog = new ImportDialog(m_context, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(1000, 620);
    dialog->show();
    auto *tabs = find<QTabWidget>(dialog, "sourceTabWidget");
    auto *next = find<QPushButton>(dialog, "nextPushButton");
    if (!tabs || !next) {
        ++m_failures;
        dialog->close();
        done();
        return;
    }
    tabs->setCurrentWidget(find<QWidget>(dialog, "generatorTab"));
    grab(dialog, u"import-1-generator.png"_s);

    tabs->setCurrentWidget(find<QWidget>(dialog, "pasteTab"));
    find<QPlainTextEdit>(dialog, "pasteTextEdit")
        ->setPlainText(u"Extension\tFull Name\tPassword\tOutbound CID\tEmail\n"
                       "8201\tPeter O'Brien\tKq3vTz8w\t3125550100\t\n"
                       "8202\tSmith, John\t\t3125550100\t\n"
                       "8203\tJos\u00e9 M\u00fcller\tLm2RbX7p\t3125550100\t\n"
                       "8202\tAna Lima\tWc9dHs4k\t3125550100\t\n"
                       "8205\tBen Ortiz\tTz5nQa1e\t3125550100\t"
                       "ben'o@example.com\n"_s);
    whenIdle(this, dialog, [this, dialog, next, done] {
        grab(dialog, u"import-1-source.png"_s);
        next->click();
        whenIdle(this, dialog, [this, dialog, next, done] {
            grab(dialog, u"import-2-columns.png"_s);
            next->click();
            whenIdle(this, dialog, [this, dialog, next, done] {
                if (auto *table = find<QTableView>(dialog, "previewTableView"))
                    table->scrollTo(
                        table->model()->index(4, ImportPreviewModel::columnOf(PhoneField::Email)));
                grab(dialog, u"import-3-preview.png"_s);
                next->click();
                if (auto *dryRun = find<QPushButton>(dialog, "dryRunPushButton"))
                    dryRun->click();
                QTimer::singleShot(200, this, [this, dialog, done] {
                    grab(dialog, u"import-4-send.png"_s);
                    dialog->close();
                    done();
                });
            });
        });
    });
}

} // namespace vp
