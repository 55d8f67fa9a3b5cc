// MainWindow::sendBatch: the batches the main window runs for others (the
// Phones window's bulk actions and undo, an import that changes phones) go
// through the batch panel on the connection of their own system; the Phones
// window they come from, and an undo asked for elsewhere.
#include "mainwindow/MainWindow.h"
#include "ui_MainWindow.h"

#include "history/PhonesWindow.h"
#include "mainwindow/BatchPanel.h"
#include "widgets/AppContext.h"

namespace vp {

bool MainWindow::sendBatch(BatchRequest &request, const QList<BatchSkippedRow> &skipped,
                           QString *why)
{
    if (request.rows.isEmpty()) {
        *why = tr("there is nothing to send.");
        return false;
    }
    const std::optional<ConnectionConfig> connection = m_context.connectionFor(request.systemKey);
    if (!connection) {
        *why = tr("there is no connection to that system in this session.");
        return false;
    }
    if (!readyToSend()) {
        *why = tr("the server, the API user and its password are needed first.");
        return false;
    }
    request.info.serverUrl = connection->apiUrl.toString();
    request.info.apiUser = connection->credentials.user;
    // What the notice said about the last batch is not about this one.
    m_ui->noticeFrame->hide();
    return m_batchPanel->startOperations(request, why, skipped);
}

void MainWindow::undoBatch(const QString &batchId)
{
    openPhones();
    m_phones->undoBatch(batchId);
}

void MainWindow::openPhones()
{
    if (!m_phones) {
        m_phones = new PhonesWindow(m_context, this);
        m_phones->setBatchSender(
            [this](BatchRequest &request, QString *why) { return sendBatch(request, {}, why); });
        m_phones->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_phones->refresh();
    m_phones->show();
    m_phones->raise();
    m_phones->activateWindow();
}

} // namespace vp
