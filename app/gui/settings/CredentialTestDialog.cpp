#include "settings/CredentialTestDialog.h"
#include "ui_CredentialTestDialog.h"

#include "mainwindow/PasswordDialog.h"
#include "service/ProvisioningService.h"
#include "settings/CredentialCheckView.h"
#include "widgets/AppContext.h"

#include <QPushButton>

namespace vp {

CredentialTestDialog::CredentialTestDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_ui(std::make_unique<Ui::CredentialTestDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->testAgainPushButton, &QPushButton::clicked, this,
            &CredentialTestDialog::runCheck);
    connect(m_ui->openSettingsPushButton, &QPushButton::clicked, this,
            [this] { emit settingsRequested(); });
    connect(m_ui->checkView, &CredentialCheckView::finished, this, [this] {
        m_ui->testAgainPushButton->setEnabled(true);
        const SystemBuildInfo build = m_ui->checkView->buildInfo();
        if (build.state != SystemBuildInfo::State::Unread)
            m_context.service().builds().record(m_ui->checkView->checkedSystemKey(), build);
    });
}

CredentialTestDialog::~CredentialTestDialog() = default;

CredentialCheckView *CredentialTestDialog::checkView() const
{
    return m_ui->checkView;
}

void CredentialTestDialog::runCheck()
{
    const ConnectionConfig config = m_context.connectionConfig();
    m_ui->targetLabel->setText(tr("Server: %1\nAPI user: %2")
                                   .arg(config.apiUrl.toDisplayString(), config.credentials.user));
    if (config.apiUrl.isEmpty() || config.credentials.user.isEmpty()) {
        m_ui->targetLabel->setText(
            tr("Set the server address and the API user in the settings first."));
        return;
    }
    if (!PasswordDialog::ensurePassword(m_context, this))
        return;
    m_ui->testAgainPushButton->setEnabled(false);
    m_ui->checkView->run(m_context.connectionConfig());
}

} // namespace vp
