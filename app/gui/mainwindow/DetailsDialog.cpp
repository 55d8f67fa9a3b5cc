#include "mainwindow/DetailsDialog.h"
#include "ui_DetailsDialog.h"

#include <QFontDatabase>

namespace vp {

DetailsDialog::DetailsDialog(const QString &summary, const QString &redactedRequest,
                             const QString &redactedReply, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DetailsDialog>())
{
    m_ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->requestPlainTextEdit->setFont(fixed);
    m_ui->replyPlainTextEdit->setFont(fixed);
    m_ui->summaryLabel->setText(summary);
    m_ui->requestPlainTextEdit->setPlainText(redactedRequest.isEmpty() ? tr("(not sent yet)")
                                                                       : redactedRequest);
    m_ui->replyPlainTextEdit->setPlainText(redactedReply.isEmpty() ? tr("(no reply)")
                                                                   : redactedReply);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DetailsDialog::~DetailsDialog() = default;

} // namespace vp
