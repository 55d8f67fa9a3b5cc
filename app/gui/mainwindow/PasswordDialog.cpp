#include "mainwindow/PasswordDialog.h"
#include "ui_PasswordDialog.h"

#include "widgets/AppContext.h"
#include "widgets/PasswordVisibility.h"

#include <optional>
#include <QPushButton>

namespace vp {

namespace {
std::optional<QString> g_nextPassword;
} // namespace

PasswordDialog::PasswordDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_ui(std::make_unique<Ui::PasswordDialog>())
{
    m_ui->setupUi(this);
    PasswordVisibility::install(m_ui->passwordLineEdit);
    const Settings &settings = context.settings();
    m_ui->promptLabel->setText(tr("Password of the API user %1 on %2:")
                                   .arg(settings.value(SettingKey::ApiUser).toString(),
                                        settings.value(SettingKey::ServerUrl).toString()));
    const bool persistent = context.secrets().isPersistent();
    m_ui->rememberCheckBox->setVisible(persistent);
    m_ui->storageLabel->setText(
        tr("Where the password is kept: %1.").arg(context.secrets().description()));
    auto *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PasswordDialog::~PasswordDialog() = default;

QString PasswordDialog::password() const
{
    return m_ui->passwordLineEdit->text();
}

void PasswordDialog::accept()
{
    if (password().isEmpty())
        return;
    if (m_otherAccount) {
        QDialog::accept();
        return;
    }
    m_context.setApiPassword(password());
    if (m_ui->rememberCheckBox->isVisible() && m_ui->rememberCheckBox->isChecked())
        m_context.storeApiPassword();
    QDialog::accept();
}

bool PasswordDialog::ensurePassword(AppContext &context, QWidget *parent)
{
    if (!context.apiPassword().isEmpty())
        return true;
    if (g_nextPassword) {
        const QString next = *g_nextPassword;
        g_nextPassword.reset();
        context.setApiPassword(next);
        return !next.isEmpty();
    }
    PasswordDialog dialog(context, parent);
    return dialog.exec() == QDialog::Accepted && !context.apiPassword().isEmpty();
}

QString PasswordDialog::askFor(AppContext &context, QWidget *parent, const QString &apiUser,
                               const QString &serverUrl)
{
    if (g_nextPassword) {
        const QString next = *g_nextPassword;
        g_nextPassword.reset();
        return next;
    }
    PasswordDialog dialog(context, parent);
    dialog.m_otherAccount = true;
    dialog.m_ui->promptLabel->setText(
        tr("Password of the API user %1 on %2:").arg(apiUser, serverUrl));
    dialog.m_ui->rememberCheckBox->setVisible(false);
    return dialog.exec() == QDialog::Accepted ? dialog.password() : QString();
}

void PasswordDialog::setNextPassword(const QString &password)
{
    g_nextPassword = password;
}

} // namespace vp
