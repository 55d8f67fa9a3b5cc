#include "mainwindow/PhoneForm.h"
#include "ui_PhoneForm.h"

#include "rules/PasswordGenerator.h"
#include "rules/PhoneRules.h"
#include "rules/TimeZones.h"
#include "widgets/AppContext.h"
#include "widgets/FocusOrder.h"
#include "widgets/PasswordVisibility.h"
#include "widgets/StatusColors.h"

#include <QComboBox>
#include <QEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

// Optional Y/N fields start on "server default" (empty), so the request
// leaves them out and the server's own default applies.
void fillYesNo(QComboBox *combo, PhoneField field)
{
    combo->addItem(PhoneForm::tr("Server default (%1)").arg(PhoneRules::defaultValue(field)),
                   QString());
    for (const QString &value : PhoneRules::allowedValues(field))
        combo->addItem(value, value);
}

const QList<PhoneField> kSharedFields = {PhoneField::ServerIp, PhoneField::Protocol,
                                         PhoneField::LocalGmt, PhoneField::TemplateId};

} // namespace

PhoneForm::PhoneForm(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_ui(std::make_unique<Ui::PhoneForm>())
{
    m_ui->setupUi(this);
    auto line = [this](PhoneField field, QLineEdit *edit, QLabel *label) {
        Binding b;
        b.field = field;
        b.lineEdit = edit;
        b.messageLabel = label;
        m_bindings.push_back(b);
    };
    auto combo = [this](PhoneField field, QComboBox *box, QLabel *label) {
        Binding b;
        b.field = field;
        b.comboBox = box;
        b.messageLabel = label;
        m_bindings.push_back(b);
    };
    const auto &ui = *m_ui;
    line(PhoneField::Extension, ui.extensionLineEdit, ui.extensionMessageLabel);
    line(PhoneField::DialplanNumber, ui.dialplanNumberLineEdit, ui.dialplanNumberMessageLabel);
    line(PhoneField::VoicemailId, ui.voicemailLineEdit, ui.voicemailMessageLabel);
    line(PhoneField::PhoneLogin, ui.loginLineEdit, ui.loginMessageLabel);
    line(PhoneField::PhonePass, ui.loginPasswordLineEdit, ui.loginPasswordMessageLabel);
    line(PhoneField::RegistrationPassword, ui.registrationPasswordLineEdit,
         ui.registrationPasswordMessageLabel);
    line(PhoneField::PhoneFullName, ui.fullNameLineEdit, ui.fullNameMessageLabel);
    combo(PhoneField::ServerIp, ui.serverIpComboBox, ui.serverIpMessageLabel);
    combo(PhoneField::Protocol, ui.protocolComboBox, ui.protocolMessageLabel);
    combo(PhoneField::LocalGmt, ui.timeZoneComboBox, ui.timeZoneMessageLabel);
    line(PhoneField::OutboundCid, ui.outboundCidLineEdit, ui.outboundCidMessageLabel);
    line(PhoneField::PhoneContext, ui.phoneContextLineEdit, ui.phoneContextMessageLabel);
    line(PhoneField::Email, ui.emailLineEdit, ui.emailMessageLabel);
    line(PhoneField::AdminUserGroup, ui.adminUserGroupLineEdit, ui.adminUserGroupMessageLabel);
    combo(PhoneField::IsWebphone, ui.webphoneComboBox, ui.webphoneMessageLabel);
    combo(PhoneField::WebphoneAutoAnswer, ui.autoAnswerComboBox, ui.autoAnswerMessageLabel);
    combo(PhoneField::UseExternalServerIp, ui.externalIpComboBox, ui.externalIpMessageLabel);
    line(PhoneField::TemplateId, ui.templateLineEdit, ui.templateMessageLabel);
    combo(PhoneField::OnHookAgent, ui.onHookAgentComboBox, ui.onHookAgentMessageLabel);

    setupCombos();
    setupPasswordField(ui.loginPasswordLineEdit);
    setupPasswordField(ui.registrationPasswordLineEdit);

    for (Binding &b : m_bindings) {
        QFont small = b.messageLabel->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        b.messageLabel->setFont(small);
        // The fields whose value the form rewrites instead of refusing show a
        // "Sent as ..." hint as soon as something is typed there, and the
        // pointer is then on its way to the next field: their message keeps
        // its line whether shown or not, so nothing below moves under it.
        // (A refusal appears under the field being typed in; reserving a line
        // under every field would make the form too tall for a laptop.)
        // Accents removed from a name take two lines to explain, a caller
        // ID reduced to digits one.
        const int lines = b.field == PhoneField::PhoneFullName ? 2
                          : b.field == PhoneField::OutboundCid ? 1
                                                               : 0;
        if (lines > 0) {
            QSizePolicy policy = b.messageLabel->sizePolicy();
            policy.setRetainSizeWhenHidden(true);
            b.messageLabel->setSizePolicy(policy);
            b.messageLabel->setMinimumHeight(QFontMetrics(small).lineSpacing() * lines);
        }
        const PhoneField field = b.field;
        auto edited = [this, field] {
            if (m_loading)
                return;
            Binding &changed = binding(field);
            changed.touched = true;
            m_following.remove(fieldIndex(field));
        };
        if (b.lineEdit) {
            b.lineEdit->setMaxLength(std::max(PhoneRules::maxLength(field) * 2, 40));
            connect(b.lineEdit, &QLineEdit::textEdited, this, edited);
            connect(b.lineEdit, &QLineEdit::textChanged, this, [this] { validateAll(); });
        } else {
            connect(b.comboBox, &QComboBox::currentTextChanged, this, [this, edited] {
                edited();
                validateAll();
            });
        }
    }
    applyStatusColors();
    markRequiredFields();

    connect(ui.extensionLineEdit, &QLineEdit::textChanged, this, &PhoneForm::onExtensionChanged);
    connect(ui.generateLoginPasswordPushButton, &QPushButton::clicked, this, [this] {
        m_ui->loginPasswordLineEdit->setText(PasswordGenerator::generate());
        binding(PhoneField::PhonePass).touched = true;
    });
    connect(ui.generateRegistrationPasswordPushButton, &QPushButton::clicked, this, [this] {
        m_ui->registrationPasswordLineEdit->setText(PasswordGenerator::generate());
        binding(PhoneField::RegistrationPassword).touched = true;
    });
    connect(ui.moreToolButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->moreWidget->setVisible(open);
        m_ui->moreToolButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(ui.clearPushButton, &QPushButton::clicked, this, &PhoneForm::clearForNext);
    connect(ui.addPushButton, &QPushButton::clicked, this, [this] {
        if (isValid())
            emit addRequested();
        else
            showWhatIsMissing();
    });

    reloadSettings();
    resetToDefaults();
    FocusOrder::placeInWindow(this);
}

PhoneForm::~PhoneForm() = default;

void PhoneForm::applyStatusColors()
{
    for (Binding &b : m_bindings)
        StatusColors::applyText(b.messageLabel, StatusColors::Role::Error);
    StatusColors::applyText(m_ui->duplicateWarningLabel, StatusColors::Role::Warning);
}

void PhoneForm::changeEvent(QEvent *event)
{
    // A theme switched while the program runs (light to dark) gets its own colours.
    if (event->type() == QEvent::PaletteChange)
        applyStatusColors();
    QWidget::changeEvent(event);
}

void PhoneForm::markRequiredFields()
{
    // The server refuses a phone without any of these: their labels carry a
    // "*" (explained under the form) and screen readers hear "required".
    const auto labels = findChildren<QLabel *>();
    for (const Binding &b : m_bindings) {
        if (!isRequiredField(b.field))
            continue;
        QWidget *input = b.lineEdit ? static_cast<QWidget *>(b.lineEdit) : b.comboBox;
        for (QLabel *label : labels) {
            if (label->buddy() != input)
                continue;
            QString text = label->text();
            if (text.endsWith(QLatin1Char(':')))
                text.insert(text.size() - 1, QLatin1Char('*'));
            else
                text.append(QLatin1Char('*'));
            label->setText(text);
        }
    }
    m_ui->requiredLegendLabel->setText(tr("* Required by the server."));
}

void PhoneForm::setupCombos()
{
    for (const QString &protocol : PhoneRules::allowedValues(PhoneField::Protocol))
        m_ui->protocolComboBox->addItem(protocol, protocol);
    for (const TimeZoneInfo &zone : timeZones()) {
        m_ui->timeZoneComboBox->addItem(zone.description.isEmpty()
                                            ? zone.offset
                                            : tr("%1 (%2)").arg(zone.offset, zone.description),
                                        zone.offset);
    }
    fillYesNo(m_ui->webphoneComboBox, PhoneField::IsWebphone);
    fillYesNo(m_ui->autoAnswerComboBox, PhoneField::WebphoneAutoAnswer);
    fillYesNo(m_ui->externalIpComboBox, PhoneField::UseExternalServerIp);
    fillYesNo(m_ui->onHookAgentComboBox, PhoneField::OnHookAgent);
}

void PhoneForm::setupPasswordField(QLineEdit *edit)
{
    PasswordVisibility::install(edit);
}

void PhoneForm::reloadSettings()
{
    const Settings &settings = m_context.settings();
    const QString current = m_ui->serverIpComboBox->currentText();
    QStringList ips = settings.value(SettingKey::RecentServerIps).toStringList();
    const QString defaultIp = settings.value(SettingKey::DefaultServerIp).toString();
    if (!defaultIp.isEmpty() && !ips.contains(defaultIp))
        ips.append(defaultIp);
    m_loading = true;
    m_ui->serverIpComboBox->clear();
    m_ui->serverIpComboBox->addItems(ips);
    m_ui->serverIpComboBox->setEditText(current.isEmpty() ? defaultIp : current);
    m_loading = false;
    // A build without update_phone (before 2.4-37) cannot switch a phone off
    // after adding it: the choice is not offered there, and says why.
    const ServerBuild build = m_context.ruleOptions().build;
    if (!build.hasUpdatePhone()) {
        m_ui->activeCheckBox->setChecked(true);
        m_ui->activeCheckBox->setToolTip(
            tr("VICIdial %1 has no update_phone (it came with 2.4-37): phones are added active.")
                .arg(build.version()));
    } else {
        m_ui->activeCheckBox->setToolTip(QString());
    }
    m_ui->activeCheckBox->setEnabled(build.hasUpdatePhone());
    // Screen readers announce a field's rule with the field, not only once it
    // is broken (non-latin mode changes the letters kept, hence here).
    for (const Binding &b : m_bindings) {
        const QString kept =
            PhoneRules::keptCharactersDescription(b.field, m_context.ruleOptions());
        QWidget *input = b.lineEdit ? static_cast<QWidget *>(b.lineEdit) : b.comboBox;
        QString description = kept.isEmpty()
                                  ? QString()
                                  : tr("At most %1 characters; the server keeps %2.")
                                        .arg(QString::number(PhoneRules::maxLength(b.field)), kept);
        if (isRequiredField(b.field)) {
            description = description.isEmpty() ? tr("Required.")
                                                : tr("Required.") + QLatin1Char(' ') + description;
            // An empty required field says what it needs before anything is typed.
            if (b.lineEdit && !isSecretField(b.field))
                b.lineEdit->setPlaceholderText(kept.isEmpty() ? tr("Required")
                                                              : tr("Required: %1").arg(kept));
            else if (b.lineEdit)
                b.lineEdit->setPlaceholderText(tr("Required"));
        }
        input->setAccessibleDescription(description);
    }
    // What one system refused says nothing about another.
    if (m_refusedSystemKey != m_context.system().key) {
        m_refusedServerIps.clear();
        m_refusedSystemKey = m_context.system().key;
    }
    validateAll();
}

PhoneForm::Binding &PhoneForm::binding(PhoneField field)
{
    for (Binding &b : m_bindings) {
        if (b.field == field)
            return b;
    }
    Q_UNREACHABLE();
}

QString PhoneForm::rawValue(const Binding &b) const
{
    if (b.lineEdit)
        return b.lineEdit->text();
    if (b.comboBox->isEditable())
        return b.comboBox->currentText();
    return b.comboBox->currentData().toString();
}

void PhoneForm::setRawValue(Binding &b, const QString &value)
{
    if (b.lineEdit) {
        b.lineEdit->setText(value);
        return;
    }
    if (b.comboBox->isEditable()) {
        b.comboBox->setEditText(value);
        return;
    }
    int index = b.comboBox->findData(value);
    if (index < 0 && b.field == PhoneField::LocalGmt)
        index = b.comboBox->findData(canonicalTimeZone(value));
    if (index < 0 && !value.isEmpty()) {
        // Keep a value that is not in the list visible, so the rules can name it.
        b.comboBox->addItem(value, value);
        index = b.comboBox->count() - 1;
    }
    b.comboBox->setCurrentIndex(std::max(index, 0));
}

PhoneRecord PhoneForm::phone() const
{
    PhoneRecord record;
    for (const Binding &b : m_bindings)
        record.setValue(b.field, rawValue(b));
    record.setActive(m_ui->activeCheckBox->isChecked());
    return record;
}

void PhoneForm::setPhone(const PhoneRecord &phone)
{
    m_loading = true;
    for (Binding &b : m_bindings) {
        setRawValue(b, phone.value(b.field));
        b.touched = true;
    }
    m_ui->activeCheckBox->setChecked(phone.isActive());
    m_following.clear();
    m_loading = false;
    validateAll();
}

void PhoneForm::clearForNext()
{
    clearFields(true);
}

void PhoneForm::resetToDefaults()
{
    clearFields(false);
}

void PhoneForm::clearFields(bool keepShared)
{
    m_loading = true;
    const Settings &settings = m_context.settings();
    for (Binding &b : m_bindings) {
        b.touched = false;
        if (keepShared && kSharedFields.contains(b.field) && !rawValue(b).isEmpty())
            continue;
        QString value;
        switch (b.field) {
        case PhoneField::ServerIp:
            value = settings.value(SettingKey::DefaultServerIp).toString();
            break;
        case PhoneField::Protocol:
            value = settings.value(SettingKey::DefaultProtocol).toString();
            break;
        case PhoneField::LocalGmt:
            value = settings.value(SettingKey::DefaultLocalGmt).toString();
            break;
        case PhoneField::TemplateId:
            value = settings.value(SettingKey::DefaultTemplateId).toString();
            break;
        case PhoneField::PhoneContext:
            value = settings.value(SettingKey::DefaultPhoneContext).toString();
            break;
        case PhoneField::AdminUserGroup:
            value = settings.value(SettingKey::DefaultAdminUserGroup).toString();
            break;
        default:
            break;
        }
        setRawValue(b, value);
    }
    m_ui->activeCheckBox->setChecked(true);
    m_following = {fieldIndex(PhoneField::DialplanNumber), fieldIndex(PhoneField::VoicemailId),
                   fieldIndex(PhoneField::PhoneLogin)};
    m_loading = false;
    setEditing(false);
    validateAll();
    m_ui->extensionLineEdit->setFocus();
}

void PhoneForm::onExtensionChanged(const QString &text)
{
    if (m_loading)
        return;
    m_loading = true;
    for (PhoneField field :
         {PhoneField::DialplanNumber, PhoneField::VoicemailId, PhoneField::PhoneLogin}) {
        if (m_following.contains(fieldIndex(field)))
            setRawValue(binding(field), text);
    }
    m_loading = false;
    validateAll();
}

void PhoneForm::validateOne(Binding &b)
{
    const QString value = rawValue(b);
    const auto issues = PhoneRules::validateField(b.field, value, m_context.ruleOptions());
    QString message;
    for (const FieldIssue &issue : issues) {
        // An untouched empty field is not an error yet; it only keeps Add disabled.
        if (issue.kind == FieldIssue::Kind::Missing && !b.touched)
            continue;
        message = issue.message;
        break;
    }
    if (message.isEmpty() && b.field == PhoneField::ServerIp &&
        m_refusedServerIps.contains(value.trimmed()))
        message = tr("The VICIdial system refused this server IP (SERVER DOES NOT EXIST): it is "
                     "not one of its servers.");
    // Nothing wrong, but written another way before sending (José -> Jose,
    // -5 -> -5.00): said in the window's normal colour, never for a password.
    bool hint = false;
    if (message.isEmpty() && !isSecretField(b.field)) {
        QString reason;
        const QString sent =
            PhoneRules::normalizedValue(b.field, value, m_context.ruleOptions(), &reason);
        if (sent != value.trimmed() && !reason.isEmpty()) {
            message = tr("Sent as \"%1\": %2.").arg(sent, reason);
            hint = true;
        }
    }
    b.messageLabel->setForegroundRole(hint ? QPalette::Text : QPalette::WindowText);
    b.messageLabel->setText(message);
    b.messageLabel->setVisible(!message.isEmpty());
}

void PhoneForm::validateAll()
{
    if (m_loading)
        return;
    for (Binding &b : m_bindings)
        validateOne(b);
    const bool valid = PhoneRules::isValid(phone(), m_context.ruleOptions());
    m_ui->addPushButton->setEnabled(valid);
    updateDuplicateWarning();
    updateMissingText();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

bool PhoneForm::isValid() const
{
    return PhoneRules::isValid(phone(), m_context.ruleOptions());
}

QString PhoneForm::missingText() const
{
    QStringList empty;
    QStringList wrong;
    for (const Binding &b : m_bindings) {
        const auto issues =
            PhoneRules::validateField(b.field, rawValue(b), m_context.ruleOptions());
        if (issues.isEmpty())
            continue;
        (issues.first().kind == FieldIssue::Kind::Missing ? empty : wrong)
            .append(fieldLabel(b.field));
    }
    QStringList parts;
    if (!empty.isEmpty())
        parts << tr("To add this phone, fill in: %1.").arg(empty.join(u", "_s));
    if (!wrong.isEmpty())
        parts << tr("Fix: %1.").arg(wrong.join(u", "_s));
    return parts.join(QLatin1Char(' '));
}

void PhoneForm::updateMissingText()
{
    const QString text = missingText();
    // Below the buttons, so the fields above never move when it changes.
    m_ui->missingLabel->setText(text);
    m_ui->addPushButton->setToolTip(
        text.isEmpty() ? tr("Send this phone to the server (Ctrl+Return); the shared fields "
                            "stay for the next one")
                       : text);
    if (text != m_missingText) {
        m_missingText = text;
        emit missingTextChanged(text);
    }
}

void PhoneForm::showWhatIsMissing()
{
    QWidget *first = nullptr;
    for (Binding &b : m_bindings) {
        b.touched = true;
        if (!first &&
            !PhoneRules::validateField(b.field, rawValue(b), m_context.ruleOptions()).isEmpty()) {
            first = b.lineEdit ? static_cast<QWidget *>(b.lineEdit) : b.comboBox;
            if (m_ui->moreWidget->isAncestorOf(first))
                m_ui->moreToolButton->setChecked(true);
        }
    }
    validateAll();
    if (first)
        first->setFocus();
}

void PhoneForm::serverIpRefused(const QString &serverIp)
{
    const QString ip = serverIp.trimmed();
    if (ip.isEmpty())
        return;
    m_refusedSystemKey = m_context.system().key;
    m_refusedServerIps.insert(ip);
    Binding &server = binding(PhoneField::ServerIp);
    if (rawValue(server).trimmed() == ip) {
        // The next phone starts from the default again (unless that is the refused one).
        const QString fallback =
            m_context.settings().value(SettingKey::DefaultServerIp).toString().trimmed();
        m_loading = true;
        setRawValue(server, fallback == ip ? QString() : fallback);
        m_loading = false;
    }
    validateAll();
}

void PhoneForm::setDuplicateCheck(DuplicateCheck check)
{
    m_duplicateCheck = std::move(check);
    updateDuplicateWarning();
}

void PhoneForm::updateDuplicateWarning()
{
    const PhoneRecord record = phone();
    m_duplicateWarning = m_duplicateCheck && !record.extension().trimmed().isEmpty()
                             ? m_duplicateCheck(record)
                             : QString();
    m_ui->duplicateWarningLabel->setText(m_duplicateWarning);
    m_ui->duplicateWarningLabel->setVisible(!m_duplicateWarning.isEmpty());
}

void PhoneForm::setEditing(bool editing)
{
    // "Resend" has no free letter for a mnemonic; Ctrl+Return sends.
    m_ui->addPushButton->setText(editing ? tr("Resend") : tr("&Add phone"));
}

} // namespace vp
