#include "import/GeneratorWidget.h"
#include "ui_GeneratorWidget.h"

#include "widgets/FocusOrder.h"

namespace vp {

GeneratorWidget::GeneratorWidget(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::GeneratorWidget>())
{
    m_ui->setupUi(this);
    m_ui->callerIdLineEdit->setAccessibleName(fieldLabel(PhoneField::OutboundCid));
    const auto changed = [this] {
        updateSummary();
        emit specChanged();
    };
    for (QSpinBox *box : {m_ui->firstSpinBox, m_ui->lastSpinBox, m_ui->stepSpinBox,
                          m_ui->paddingSpinBox, m_ui->passwordLengthSpinBox})
        connect(box, &QSpinBox::valueChanged, this, changed);
    for (QLineEdit *edit :
         {m_ui->extensionPatternLineEdit, m_ui->namePatternLineEdit, m_ui->loginPatternLineEdit,
          m_ui->callerIdLineEdit, m_ui->aliasIdPatternLineEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->serverIpsPlainTextEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->samePasswordCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->alwaysSuffixCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->aliasPerAgentCheckBox, &QCheckBox::toggled, this, changed);
    updateSummary();
    FocusOrder::placeInWindow(this);
}

GeneratorWidget::~GeneratorWidget() = default;

GeneratorSpec GeneratorWidget::spec() const
{
    GeneratorSpec spec;
    spec.first = m_ui->firstSpinBox->value();
    spec.last = m_ui->lastSpinBox->value();
    spec.step = m_ui->stepSpinBox->value();
    spec.padding = m_ui->paddingSpinBox->value();
    spec.extensionPattern = m_ui->extensionPatternLineEdit->text().trimmed();
    spec.namePattern = m_ui->namePatternLineEdit->text().trimmed();
    spec.loginPattern = m_ui->loginPatternLineEdit->text().trimmed();
    spec.serverIps = m_ui->serverIpsPlainTextEdit->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    spec.passwordLength = m_ui->passwordLengthSpinBox->value();
    spec.sameRegistrationPassword = m_ui->samePasswordCheckBox->isChecked();
    spec.alwaysSuffixLogins = m_ui->alwaysSuffixCheckBox->isChecked();
    // Only with two servers or more; a checked box left from before is not used.
    spec.aliasPerAgent =
        m_ui->aliasPerAgentCheckBox->isEnabled() && m_ui->aliasPerAgentCheckBox->isChecked();
    spec.aliasIdPattern = m_ui->aliasIdPatternLineEdit->text().trimmed();
    const QString callerId = m_ui->callerIdLineEdit->text().trimmed();
    if (!callerId.isEmpty())
        spec.shared.insert(PhoneField::OutboundCid, callerId);
    return spec;
}

void GeneratorWidget::setServerIps(const QStringList &ips)
{
    m_ui->serverIpsPlainTextEdit->setPlainText(ips.join(u'\n'));
}

QString GeneratorWidget::callerIdProblem() const
{
    // The server refuses a phone without one: asked here, not found out
    // as "0 ready" in the preview.
    const QList<FieldIssue> issues = PhoneRules::validateField(
        PhoneField::OutboundCid, m_ui->callerIdLineEdit->text(), m_ruleOptions);
    return issues.isEmpty() ? QString() : issues.first().message;
}

void GeneratorWidget::setRuleOptions(const RuleOptions &options)
{
    m_ruleOptions = options;
    updateSummary();
}

QString GeneratorWidget::problem() const
{
    GeneratorSpec probe = spec();
    probe.generatePasswords = false; // the check needs no passwords
    const QString error = PhoneGenerator::generate(probe).error;
    return error.isEmpty() ? callerIdProblem() : error;
}

void GeneratorWidget::updateAliasOption()
{
    QStringList servers;
    for (const QString &line :
         m_ui->serverIpsPlainTextEdit->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty() && !servers.contains(line.trimmed()))
            servers << line.trimmed();
    }
    const bool several = servers.size() > 1;
    m_ui->aliasPerAgentCheckBox->setEnabled(several);
    m_ui->aliasPerAgentCheckBox->setToolTip(
        several ? tr("For each extension a phone alias whose logins are its phones on every "
                     "server, sent after the phones were added")
                : tr("Needs two servers or more: an alias joins an agent's phones on several "
                     "servers"));
    const bool on = several && m_ui->aliasPerAgentCheckBox->isChecked();
    m_ui->aliasIdPatternLabel->setEnabled(on);
    m_ui->aliasIdPatternLineEdit->setEnabled(on);
}

void GeneratorWidget::updateSummary()
{
    updateAliasOption();
    GeneratorSpec probe = spec();
    probe.generatePasswords = false;
    const GeneratorResult result = PhoneGenerator::generate(probe);
    if (!result.ok()) {
        m_ui->generatorSummaryLabel->setText(result.error);
        return;
    }
    const PhoneRecord &first = result.phones.first();
    const PhoneRecord &last = result.phones.last();
    QString text =
        tr("%n phone(s): extensions %1 to %2, logins %3 to %4, names \"%5\" to \"%6\". "
           "Each gets its own generated passwords.",
           nullptr, int(result.phones.size()))
            .arg(first.extension(), last.extension(), first.login(), last.login(),
                 first.value(PhoneField::PhoneFullName), last.value(PhoneField::PhoneFullName));
    if (!result.aliases.isEmpty())
        text += u' ' + tr("Then %n alias(es), %1 to %2, each over its extension's %3 logins, "
                          "once those phones were added.",
                          nullptr, int(result.aliases.size()))
                           .arg(result.aliases.first().aliasId(), result.aliases.last().aliasId())
                           .arg(result.aliases.first().aliasLogins().size());
    const QString callerId = callerIdProblem();
    if (!callerId.isEmpty())
        text += u'\n' + callerId;
    m_ui->generatorSummaryLabel->setText(text);
}

} // namespace vp
