#include "history/EditPhoneDialog.h"
#include "ui_EditPhoneDialog.h"

#include "rules/PasswordGenerator.h"
#include "rules/UpdateRules.h"
#include "widgets/PasswordVisibility.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace vp {

namespace {
// The form's widgets are named after the field: "<name>LineEdit" or
// "<name>ComboBox", with "<name>Label" beside them.
struct FieldName
{
    PhoneField field;
    const char *name;
};
constexpr FieldName kFieldNames[] = {
    {PhoneField::Extension, "extension"},
    {PhoneField::ServerIp, "serverIp"},
    {PhoneField::PhoneLogin, "phoneLogin"},
    {PhoneField::PhonePass, "phonePass"},
    {PhoneField::RegistrationPassword, "registrationPassword"},
    {PhoneField::PhoneFullName, "phoneFullName"},
    {PhoneField::DialplanNumber, "dialplanNumber"},
    {PhoneField::VoicemailId, "voicemailId"},
    {PhoneField::OutboundCid, "outboundCid"},
    {PhoneField::Protocol, "protocol"},
    {PhoneField::LocalGmt, "localGmt"},
    {PhoneField::PhoneContext, "phoneContext"},
    {PhoneField::Email, "email"},
    {PhoneField::AdminUserGroup, "adminUserGroup"},
    {PhoneField::TemplateId, "templateId"},
    {PhoneField::IsWebphone, "isWebphone"},
    {PhoneField::WebphoneAutoAnswer, "webphoneAutoAnswer"},
    {PhoneField::UseExternalServerIp, "useExternalServerIp"},
    {PhoneField::OnHookAgent, "onHookAgent"},
};
} // namespace

EditPhoneDialog::EditPhoneDialog(const KnownPhone &known, const QSet<QString> &loginsOfOtherPhones,
                                 const RuleOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditPhoneDialog>())
    , m_original(known.phone.withoutSecrets())
    , m_otherLogins(loginsOfOtherPhones)
    , m_options(options)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit phone %1").arg(m_original.extension()));
    m_ui->introLabel->setText(
        tr("Only the fields you change are sent. The extension and server IP identify the "
           "phone. The passwords are not kept by this program: leave them empty to keep them, "
           "or type or generate new ones. Type %1 to empty a field that allows it.")
            .arg(UpdateRules::blankValue()));
    for (const FieldName &entry : kFieldNames) {
        const QString base = QLatin1String(entry.name);
        FieldWidget widget{entry.field};
        widget.lineEdit = findChild<QLineEdit *>(base + "LineEdit"_L1);
        widget.comboBox = findChild<QComboBox *>(base + "ComboBox"_L1);
        if (auto *label = findChild<QLabel *>(base + "Label"_L1))
            label->setText(tr("%1:").arg(fieldLabel(entry.field)));
        const QString value = m_original.value(entry.field);
        if (widget.lineEdit) {
            if (!isSecretField(entry.field))
                widget.lineEdit->setText(value);
        } else if (widget.comboBox) {
            const QStringList allowed = PhoneRules::allowedValues(entry.field);
            // Not sent when the phone was added: the server's default applies.
            const QString fallback = PhoneRules::defaultValue(entry.field);
            if (!allowed.contains(value))
                widget.comboBox->addItem(
                    value.isEmpty()
                        ? (fallback.isEmpty() ? tr("(not recorded)")
                                              : tr("(not set: server default %1)").arg(fallback))
                        : value,
                    value);
            for (const QString &item : allowed)
                widget.comboBox->addItem(item, item);
            widget.comboBox->setCurrentIndex(widget.comboBox->findData(value));
        }
        m_fields.append(widget);
    }
    // The extension and server IP identify the phone: shown, never sent.
    for (QLineEdit *edit : {m_ui->extensionLineEdit, m_ui->serverIpLineEdit}) {
        QPalette palette = edit->palette();
        palette.setBrush(QPalette::Base, palette.brush(QPalette::Window));
        edit->setPalette(palette);
        edit->setFrame(false);
        edit->setToolTip(tr("Identifies the phone; delete it and add it again to change it."));
    }
    for (QLineEdit *edit : {m_ui->phonePassLineEdit, m_ui->registrationPasswordLineEdit}) {
        PasswordVisibility::install(edit);
        edit->setPlaceholderText(tr("unchanged"));
    }
    connect(m_ui->generatePhonePassPushButton, &QPushButton::clicked, this,
            [this] { m_ui->phonePassLineEdit->setText(PasswordGenerator::generate()); });
    connect(m_ui->generateRegistrationPasswordPushButton, &QPushButton::clicked, this,
            [this] { m_ui->registrationPasswordLineEdit->setText(PasswordGenerator::generate()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EditPhoneDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->phoneLoginLineEdit->setFocus();
}

EditPhoneDialog::~EditPhoneDialog() = default;

QString EditPhoneDialog::currentValue(const FieldWidget &widget) const
{
    if (widget.lineEdit)
        return widget.lineEdit->text();
    return widget.comboBox ? widget.comboBox->currentData().toString() : QString();
}

QList<PhoneField> EditPhoneDialog::changedFields() const
{
    QList<PhoneField> fields;
    for (const FieldWidget &widget : m_fields) {
        if (widget.field == PhoneField::Extension || widget.field == PhoneField::ServerIp)
            continue;
        const QString value = currentValue(widget);
        const bool changed = isSecretField(widget.field) ? !value.isEmpty()
                                                         : value != m_original.value(widget.field);
        if (changed)
            fields.append(widget.field);
    }
    return fields;
}

PhoneRecord EditPhoneDialog::editedPhone() const
{
    PhoneRecord phone = m_original;
    for (PhoneField field : changedFields()) {
        for (const FieldWidget &widget : m_fields) {
            if (widget.field == field)
                phone.setValue(field, currentValue(widget));
        }
    }
    return phone;
}

Operation EditPhoneDialog::operation() const
{
    return Operation::updatePhone(editedPhone(), changedFields());
}

bool EditPhoneDialog::changesPassword() const
{
    const QList<PhoneField> fields = changedFields();
    return fields.contains(PhoneField::PhonePass) ||
           fields.contains(PhoneField::RegistrationPassword);
}

QString EditPhoneDialog::issuesText() const
{
    return m_ui->issuesLabel->text();
}

void EditPhoneDialog::markIssues(const QList<FieldIssue> &issues)
{
    QStringList lines;
    QWidget *first = nullptr;
    for (const FieldWidget &widget : m_fields) {
        QWidget *edit = widget.lineEdit ? static_cast<QWidget *>(widget.lineEdit)
                                        : static_cast<QWidget *>(widget.comboBox);
        QStringList messages;
        for (const FieldIssue &issue : issues) {
            if (issue.field == widget.field)
                messages.append(issue.message);
        }
        edit->setToolTip(messages.join(u'\n'));
        // A red frame by the field the message names.
        edit->setStyleSheet(messages.isEmpty() ? QString() : u"border: 1px solid #c62828;"_s);
        if (!messages.isEmpty() && !first)
            first = edit;
    }
    for (const FieldIssue &issue : issues)
        lines.append(issue.message);
    m_ui->issuesLabel->setText(lines.join(u'\n'));
    if (first)
        first->setFocus();
}

void EditPhoneDialog::showRefusal(const QString &message)
{
    markIssues({});
    m_ui->issuesLabel->setText(tr("The server refused the change: %1").arg(message));
}

void EditPhoneDialog::accept()
{
    const QList<PhoneField> fields = changedFields();
    if (fields.isEmpty()) {
        markIssues({});
        m_ui->issuesLabel->setText(tr("Nothing changed: change a field or press Cancel."));
        return;
    }
    const QList<FieldIssue> issues =
        UpdateRules::validate(editedPhone(), fields, m_options, m_otherLogins);
    markIssues(issues);
    if (!issues.isEmpty())
        return;
    QDialog::accept();
}

} // namespace vp
