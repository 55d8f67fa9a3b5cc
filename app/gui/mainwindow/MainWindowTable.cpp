// The main window's phone table: columns sized to their contents, the
// filters, new rows scrolled into view, and what the selection allows
// (retry, details, copy, remove).
#include "mainwindow/MainWindow.h"
#include "ui_MainWindow.h"

#include "api/ApiRequest.h"
#include "mainwindow/BatchPanel.h"
#include "mainwindow/DetailsDialog.h"
#include "mainwindow/PhoneFilterModel.h"
#include "mainwindow/PhoneForm.h"
#include "mainwindow/PhoneModel.h"
#include "rules/PhoneRules.h"
#include "service/ProvisioningService.h"
#include "widgets/AppContext.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vp {

void MainWindow::setupTable()
{
    m_model = new PhoneModel(this);
    m_filter = new PhoneFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_ui->phonesTableView->setModel(m_filter);
    m_ui->phonesTableView->sortByColumn(-1, Qt::AscendingOrder);
    QHeaderView *header = m_ui->phonesTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Each column as wide as its header (translations run longer) and a
    // typical value, no wider: the Message column, last, takes the rest.
    const QFontMetrics metrics = m_ui->phonesTableView->fontMetrics();
    const QString samples[] = {QString(),       u"8001234"_s,      u"Dana Kowalski"_s,
                               u"agent.8110"_s, u"10.10.10.155"_s, u"IAX2"_s};
    for (int column = 0; column < PhoneModel::MessageColumn; ++column)
        header->resizeSection(column, std::max(header->sectionSizeHint(column),
                                               metrics.horizontalAdvance(samples[column]) + 16));
    // Room for the longest status with its icon.
    int statusWidth = header->sectionSize(PhoneModel::StatusColumn);
    for (PhoneStatus status : {PhoneStatus::Queued, PhoneStatus::Sending, PhoneStatus::Added,
                               PhoneStatus::Failed, PhoneStatus::Unknown})
        statusWidth =
            std::max(statusWidth, metrics.horizontalAdvance(phoneStatusTitle(status)) + 40);
    header->resizeSection(PhoneModel::StatusColumn, statusWidth);
    // Never narrower than its header ("Mensaje" whole); a narrow table scrolls instead.
    header->resizeSection(PhoneModel::MessageColumn,
                          std::max(header->sectionSizeHint(PhoneModel::MessageColumn),
                                   metrics.horizontalAdvance(QLatin1Char('x')) * 12));
    m_ui->phonesTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->phonesTableView->fontMetrics().height() + 8);

    // New rows (from the form, an import, the history) are scrolled into
    // view once the view has them: the first of them, and as many after it as fit.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                QTimer::singleShot(0, this, [this, first, last] { scrollToRows(first, last); });
            });

    // The filter shows its whole longest item ("unknown", "desconocido").
    m_ui->statusFilterComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->statusFilterComboBox->addItem(tr("All statuses"), -1);
    for (PhoneStatus status : {PhoneStatus::Queued, PhoneStatus::Sending, PhoneStatus::Added,
                               PhoneStatus::Failed, PhoneStatus::Unknown})
        m_ui->statusFilterComboBox->addItem(phoneStatusIcon(status), phoneStatusTitle(status),
                                            int(status));
    connect(m_ui->statusFilterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(m_ui->statusFilterComboBox->currentData().toInt());
    });
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, m_filter,
            &PhoneFilterModel::setTextFilter);
    connect(m_ui->phonesTableView, &QTableView::customContextMenuRequested, this,
            &MainWindow::showContextMenu);
    connect(m_ui->phonesTableView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) {
                const int row = m_filter->mapToSource(index).row();
                const auto status = m_model->phoneRow(row).status;
                if (status == PhoneStatus::Failed || status == PhoneStatus::Unknown)
                    editRow(row);
                else
                    showDetails();
            });
    connect(m_ui->phonesTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_model, &PhoneModel::rowFinished, this, &MainWindow::updateActions);
}

void MainWindow::scrollToRows(int first, int last)
{
    QTableView *view = m_ui->phonesTableView;
    if (last >= m_model->rowCount())
        last = m_model->rowCount() - 1;
    if (first > last)
        return;
    const QModelIndex end = m_filter->mapFromSource(m_model->index(last, 0));
    const QModelIndex start = m_filter->mapFromSource(m_model->index(first, 0));
    if (end.isValid())
        view->scrollTo(end);
    if (start.isValid())
        view->scrollTo(start);
}

QList<int> MainWindow::selectedRows() const
{
    QList<int> rows;
    const auto selected = m_ui->phonesTableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MainWindow::updateActions()
{
    const auto rows = selectedRows();
    bool retryable = false;
    for (int row : rows) {
        const auto status = m_model->phoneRow(row).status;
        retryable |= status == PhoneStatus::Failed || status == PhoneStatus::Unknown;
    }
    m_ui->actionRetrySelected->setEnabled(retryable);
    m_ui->actionEditSelected->setEnabled(rows.size() == 1);
    m_ui->actionShowDetails->setEnabled(rows.size() == 1);
    m_ui->actionCopyRow->setEnabled(!rows.isEmpty());
    m_ui->actionCopyCurl->setEnabled(rows.size() == 1);
    m_ui->actionRemoveRows->setEnabled(!rows.isEmpty());
}

void MainWindow::showContextMenu(const QPoint &position)
{
    updateActions();
    QMenu menu(this);
    menu.addAction(m_ui->actionRetrySelected);
    menu.addAction(m_ui->actionEditSelected);
    menu.addAction(m_ui->actionShowDetails);
    menu.addSeparator();
    menu.addAction(m_ui->actionCopyRow);
    menu.addAction(m_ui->actionCopyCurl);
    menu.addSeparator();
    menu.addAction(m_ui->actionRemoveRows);
    menu.exec(m_ui->phonesTableView->viewport()->mapToGlobal(position));
}

void MainWindow::showDetails()
{
    const auto rows = selectedRows();
    if (rows.size() != 1)
        return;
    const PhoneRow &r = m_model->phoneRow(rows.first());
    const QString summary =
        tr("Extension %1 on %2: %3. %4")
            .arg(r.phone.extension(), r.phone.serverIp(), phoneStatusTitle(r.status), r.message);
    auto *dialog = new DetailsDialog(summary, r.redactedRequest, r.redactedReply, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::copyRows()
{
    QStringList lines;
    for (int row : selectedRows()) {
        QStringList cells;
        for (int column = 0; column < PhoneModel::ColumnCount; ++column)
            cells << m_model->index(row, column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void MainWindow::copyCurl()
{
    const auto rows = selectedRows();
    if (rows.size() != 1)
        return;
    const ConnectionConfig config = m_context.connectionConfig();
    const PhoneRecord phone = PhoneRules::normalized(m_model->phoneRow(rows.first()).phone, nullptr,
                                                     m_context.ruleOptions());
    // curlCommand() writes every secret as a shell variable, never its value.
    QApplication::clipboard()->setText(
        ApiRequest::addPhone(config.apiUrl, config.credentials, phone).curlCommand(config.method));
}

void MainWindow::removeSelected()
{
    const auto rows = selectedRows();
    for (int row : rows) {
        const qint64 job = m_model->phoneRow(row).jobId;
        if (job > 0 && m_context.service().jobState(job) == JobState::Queued)
            m_context.service().cancel(job);
    }
    if (m_editing.isValid() && rows.contains(m_editing.row())) {
        m_editing = QPersistentModelIndex();
        m_form->setEditing(false);
    }
    m_model->removeRowList(rows);
    updateActions();
}

} // namespace vp
