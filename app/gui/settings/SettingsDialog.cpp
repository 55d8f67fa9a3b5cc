#include "settings/SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "api/ApiEndpoint.h"
#include "rules/PhoneRules.h"
#include "rules/TimeZones.h"
#include "service/ProvisioningService.h"
#include "settings/CredentialCheckView.h"
#include "settings/HistorySettingsPage.h"
#include "widgets/AppContext.h"
#include "widgets/MessageBox.h"
#include "widgets/PasswordVisibility.h"
#include "widgets/StatusColors.h"

#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

enum class MessageKind
{
    Info,
    Warning,
    Error
};

void showMessage(QLabel *label, const QString &text, MessageKind kind)
{
    QPalette palette = label->parentWidget()->palette();
    if (kind == MessageKind::Error)
        palette.setColor(QPalette::WindowText,
                         StatusColors::text(StatusColors::Role::Error, palette));
    else if (kind == MessageKind::Warning)
        palette.setColor(QPalette::WindowText,
                         StatusColors::text(StatusColors::Role::Warning, palette));
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SettingsDialog::SettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    PasswordVisibility::install(m_ui->apiPasswordLineEdit);
    m_ui->methodComboBox->addItem(tr("POST (keeps passwords out of web server logs)"), u"post"_s);
    m_ui->methodComboBox->addItem(tr("GET"), u"get"_s);
    for (const QString &protocol : PhoneRules::allowedValues(PhoneField::Protocol))
        m_ui->defaultProtocolComboBox->addItem(protocol, protocol);
    for (const TimeZoneInfo &zone : timeZones())
        m_ui->defaultTimeZoneComboBox->addItem(
            zone.description.isEmpty() ? zone.offset
                                       : tr("%1 (%2)").arg(zone.offset, zone.description),
            zone.offset);
    // Each language in its own name, so that it can be found in any language.
    m_ui->languageComboBox->addItem(tr("System language"), QString());
    m_ui->languageComboBox->addItem(u"English"_s, u"en"_s);
    m_ui->languageComboBox->addItem(u"Español"_s, u"es"_s);
    m_ui->languageComboBox->addItem(u"Português (Brasil)"_s, u"pt_BR"_s);

    m_historyPage = new HistorySettingsPage(context.settings(), context.secrets(), this);
    m_historyPage->setObjectName(u"historySettingsPage"_s);
    m_historyPage->setInUse(context.history().location());
    if (context.isDemo())
        m_historyPage->setLocked(
            tr("Demo mode always keeps its own history on this computer, apart from your real "
               "history. To use a shared database, start Vici Provisioner without --demo."));
    // The same word as the History window's menu entry, in every language.
    m_ui->settingsTabWidget->addTab(m_historyPage,
                                    QCoreApplication::translate("MainWindow", "&History"));

    connect(m_ui->serverUrlLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::validateUrl);
    // A name belongs to its address: another address shows its own (or none).
    connect(m_ui->serverUrlLineEdit, &QLineEdit::textEdited, this, [this](const QString &url) {
        m_ui->systemNameLineEdit->setText(
            m_context.settings().systemName(ApiEndpoint::systemKeyOf(url)));
    });
    connect(m_ui->sourceLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::validateSource);
    connect(m_ui->testCredentialsPushButton, &QPushButton::clicked, this,
            &SettingsDialog::testCredentials);
    connect(m_ui->checkView, &CredentialCheckView::finished, this, [this] {
        m_ui->testCredentialsPushButton->setEnabled(true);
        // What the test read of the typed system's build is kept with it.
        const SystemBuildInfo build = m_ui->checkView->buildInfo();
        if (build.state != SystemBuildInfo::State::Unread)
            m_context.service().builds().record(m_ui->checkView->checkedSystemKey(), build);
        validateUrl();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, m_historyPage, &HistorySettingsPage::cancelTest);
    load();
}

SettingsDialog::~SettingsDialog() = default;

CredentialCheckView *SettingsDialog::checkView() const
{
    return m_ui->checkView;
}

void SettingsDialog::load()
{
    const Settings &s = m_context.settings();
    m_ui->serverUrlLineEdit->setText(s.value(SettingKey::ServerUrl).toString());
    // The demo always talks to its own simulator (a new port each start):
    // an address typed here would be replaced at the next start, so it
    // cannot be typed; leaving the demo is starting without --demo.
    m_ui->serverUrlLineEdit->setReadOnly(m_context.isDemo());
    m_ui->systemNameLineEdit->setText(
        s.systemName(ApiEndpoint::systemKeyOf(s.value(SettingKey::ServerUrl).toString())));
    m_ui->apiUserLineEdit->setText(s.value(SettingKey::ApiUser).toString());
    m_ui->apiPasswordLineEdit->setText(m_context.apiPassword());
    m_ui->passwordStorageLabel->setText(
        tr("Where the password is kept: %1.").arg(m_context.secrets().description()));
    m_ui->sourceLineEdit->setText(s.value(SettingKey::SourceLabel).toString());
    m_ui->methodComboBox->setCurrentIndex(
        std::max(0, m_ui->methodComboBox->findData(s.value(SettingKey::Method).toString())));
    m_ui->concurrencySpinBox->setValue(s.value(SettingKey::Concurrency).toInt());
    m_ui->timeoutSpinBox->setValue(s.value(SettingKey::TimeoutSeconds).toInt());
    m_ui->nonLatinCheckBox->setChecked(s.value(SettingKey::NonLatin).toBool());
    m_ui->defaultServerIpLineEdit->setText(s.value(SettingKey::DefaultServerIp).toString());
    m_ui->defaultProtocolComboBox->setCurrentIndex(
        std::max(0, m_ui->defaultProtocolComboBox->findData(s.value(SettingKey::DefaultProtocol))));
    m_ui->defaultTimeZoneComboBox->setCurrentIndex(
        std::max(0, m_ui->defaultTimeZoneComboBox->findData(s.value(SettingKey::DefaultLocalGmt))));
    m_ui->defaultTemplateLineEdit->setText(s.value(SettingKey::DefaultTemplateId).toString());
    m_ui->defaultPhoneContextLineEdit->setText(s.value(SettingKey::DefaultPhoneContext).toString());
    m_ui->defaultAdminUserGroupLineEdit->setText(
        s.value(SettingKey::DefaultAdminUserGroup).toString());
    m_ui->trustedCertificatesPlainTextEdit->setPlainText(
        s.value(SettingKey::TrustedCertificates).toStringList().join(QLatin1Char('\n')));
    m_ui->languageComboBox->setCurrentIndex(
        std::max(0, m_ui->languageComboBox->findData(s.value(SettingKey::Language).toString())));
    validateUrl();
}

void SettingsDialog::validateUrl()
{
    const QString typed = m_ui->serverUrlLineEdit->text();
    if (typed.trimmed().isEmpty()) {
        showMessage(m_ui->serverUrlMessageLabel, {}, MessageKind::Info);
        return;
    }
    const EndpointResult endpoint = ApiEndpoint::fromUserInput(typed);
    if (!endpoint.ok()) {
        showMessage(m_ui->serverUrlMessageLabel, endpoint.error, MessageKind::Error);
        return;
    }
    QStringList lines{tr("Requests go to %1").arg(endpoint.apiUrl.toDisplayString())};
    // This address's own build (never another system's), once it was read.
    const SystemBuildInfo build =
        m_context.service().builds().info(VicidialSystem::keyFor(endpoint.apiUrl));
    if (build.state != SystemBuildInfo::State::Unread)
        lines += tr("Server: %1").arg(build.displayText());
    if (m_context.isDemo())
        lines << tr("Demo mode always uses the simulator built into this program. To work with a "
                    "real server, start Vici Provisioner without --demo: your real settings and "
                    "history are kept apart.");
    lines += endpoint.warnings;
    showMessage(m_ui->serverUrlMessageLabel, lines.join(QLatin1Char('\n')),
                endpoint.warnings.isEmpty() ? MessageKind::Info : MessageKind::Warning);
}

void SettingsDialog::validateSource()
{
    static const QRegularExpression kept(u"^[0-9A-Za-z]{2,}$"_s);
    const QString source = m_ui->sourceLineEdit->text().trimmed();
    showMessage(m_ui->sourceMessageLabel,
                kept.match(source).hasMatch()
                    ? QString()
                    : tr("The server keeps only letters and digits here and refuses a label "
                         "shorter than 2."),
                MessageKind::Error);
}

QStringList SettingsDialog::typedFingerprints(QString *error) const
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    QStringList result;
    const auto lines = m_ui->trustedCertificatesPlainTextEdit->toPlainText().split(
        QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString line : lines) {
        line = line.trimmed().toLower().remove(QLatin1Char(':')).remove(QLatin1Char(' '));
        if (line.isEmpty())
            continue;
        if (!hex.match(line).hasMatch()) {
            *error = tr("Not a SHA-256 fingerprint (64 hex digits): %1").arg(line);
            continue;
        }
        result.append(line);
    }
    return result;
}

ConnectionConfig SettingsDialog::typedConnection() const
{
    ConnectionInput input;
    input.serverUrl = m_ui->serverUrlLineEdit->text();
    input.user = m_ui->apiUserLineEdit->text();
    input.source = m_ui->sourceLineEdit->text();
    input.method = m_ui->methodComboBox->currentData().toString();
    input.concurrency = m_ui->concurrencySpinBox->value();
    input.timeoutSeconds = m_ui->timeoutSpinBox->value();
    QString ignored;
    input.trustedCertificates = typedFingerprints(&ignored);
    input.nonLatin = m_ui->nonLatinCheckBox->isChecked();
    input.systemName = m_ui->systemNameLineEdit->text();
    return connectionFromInput(input, m_ui->apiPasswordLineEdit->text()).config;
}

void SettingsDialog::testCredentials()
{
    const ConnectionConfig config = typedConnection();
    if (config.apiUrl.isEmpty()) {
        showMessage(m_ui->serverUrlMessageLabel, tr("Type the server address first."),
                    MessageKind::Error);
        return;
    }
    m_ui->testCredentialsPushButton->setEnabled(false);
    m_ui->checkView->run(config);
}

void SettingsDialog::save()
{
    Settings &s = m_context.settings();
    // Password first: the URL and user change the secret's key.
    const QString password = m_ui->apiPasswordLineEdit->text();
    if (!m_context.isDemo())
        s.setValue(SettingKey::ServerUrl, m_ui->serverUrlLineEdit->text().trimmed());
    // The name is kept for this address only.
    s.setSystemName(ApiEndpoint::systemKeyOf(m_ui->serverUrlLineEdit->text()),
                    m_ui->systemNameLineEdit->text());
    s.setValue(SettingKey::ApiUser, m_ui->apiUserLineEdit->text().trimmed());
    s.setValue(SettingKey::SourceLabel, m_ui->sourceLineEdit->text().trimmed());
    s.setValue(SettingKey::Method, m_ui->methodComboBox->currentData());
    s.setValue(SettingKey::Concurrency, m_ui->concurrencySpinBox->value());
    s.setValue(SettingKey::TimeoutSeconds, m_ui->timeoutSpinBox->value());
    s.setValue(SettingKey::NonLatin, m_ui->nonLatinCheckBox->isChecked());
    s.setValue(SettingKey::DefaultServerIp, m_ui->defaultServerIpLineEdit->text().trimmed());
    s.setValue(SettingKey::DefaultProtocol, m_ui->defaultProtocolComboBox->currentData());
    s.setValue(SettingKey::DefaultLocalGmt, m_ui->defaultTimeZoneComboBox->currentData());
    s.setValue(SettingKey::DefaultTemplateId, m_ui->defaultTemplateLineEdit->text().trimmed());
    s.setValue(SettingKey::DefaultPhoneContext,
               m_ui->defaultPhoneContextLineEdit->text().trimmed());
    s.setValue(SettingKey::DefaultAdminUserGroup,
               m_ui->defaultAdminUserGroupLineEdit->text().trimmed());
    QString ignored;
    s.setValue(SettingKey::TrustedCertificates, typedFingerprints(&ignored));
    s.setValue(SettingKey::Language, m_ui->languageComboBox->currentData());
    m_historyPage->save();
    s.sync();
    if (password != m_context.apiPassword()) {
        m_context.setApiPassword(password);
        if (password.isEmpty())
            m_context.secrets().remove(m_context.secretKey(), [](bool, const QString &) {});
        else
            m_context.storeApiPassword();
    }
}

void SettingsDialog::accept()
{
    QString error;
    typedFingerprints(&error);
    if (!error.isEmpty()) {
        m_ui->settingsTabWidget->setCurrentWidget(m_ui->securityTab);
        showMessage(m_ui->trustedMessageLabel, error, MessageKind::Error);
        return;
    }
    if (!m_historyPage->validate()) {
        m_ui->settingsTabWidget->setCurrentWidget(m_historyPage);
        return;
    }
    m_ui->checkView->cancel();
    m_historyPage->cancelTest();
    save();
    // The services hold the history this run opened: the new one is opened
    // at the next start (nothing half-switched while phones are being sent).
    if (m_historyPage->differsFromInUse()) {
        const auto typed = m_historyPage->typedLocation();
        m_restartRequested =
            MessageBox::choose(
                this, QMessageBox::Question, tr("History location changed"),
                tr("The history is now set to %1.\n\nThis run keeps using %2: the new history "
                   "is used from the next start of the program. Restart now?")
                    .arg(typed->displayName(), m_context.history().location().displayName()),
                {{QMessageBox::Yes, tr("Restart now")}, {QMessageBox::No, tr("Later")}},
                QMessageBox::Yes) == QMessageBox::Yes;
    }
    QDialog::accept();
}

} // namespace vp
