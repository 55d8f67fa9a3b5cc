// The main window's phone aliases: Tools > Phone aliases, and the aliases
// that follow a generated batch's phones (BatchAliases).
#include "mainwindow/MainWindow.h"
#include "ui_MainWindow.h"

#include "history/AliasDialog.h"
#include "mainwindow/BatchAliases.h"

namespace vp {

void MainWindow::setupAliases()
{
    connect(m_ui->actionPhoneAliases, &QAction::triggered, this, &MainWindow::openAliases);
    m_batchAliases = new BatchAliases(m_context, this);
    // After the batch's own notice (its summary), not over it.
    connect(m_batchAliases, &BatchAliases::notice, this, [this](const QString &text) {
        const QString shown =
            m_ui->noticeFrame->isVisible() ? m_ui->noticeLabel->text() : QString();
        showNotice(shown.isEmpty() ? text : shown + u'\n' + text, false);
    });
}

AliasDialog *MainWindow::aliasDialog() const
{
    return findChild<AliasDialog *>();
}

void MainWindow::openAliases()
{
    // For the system the settings point at; one dialog at a time.
    if (AliasDialog *open = aliasDialog(); open && open->isVisible()) {
        open->raise();
        return;
    }
    auto *dialog = new AliasDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSendCheck([this] { return readyToSend(); });
    dialog->show();
}

} // namespace vp
