#include "history/AliasDialog.h"
#include "ui_AliasDialog.h"

#include "service/ProvisioningService.h"
#include "widgets/AppContext.h"
#include "widgets/MessageBox.h"
#include "widgets/StatusColors.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPushButton>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

// "1001a, 1001b," -> {"1001a", "1001b"}: a comma left at the end (after a
// completion) is not an empty login.
QStringList loginList(const QString &text)
{
    QStringList logins;
    for (const QString &part : text.split(u','))
        logins << part.trimmed();
    while (!logins.isEmpty() && logins.last().isEmpty())
        logins.removeLast();
    return logins;
}

// The last field of a reply line ("ERROR: ... PHONE DOES NOT EXIST: |USER|LOGIN").
QString lastReplyField(const QString &reply)
{
    const QString line = reply.section(u'\n', 0, 0).trimmed();
    return line.section(u'|', -1).trimmed();
}

} // namespace

AliasDialog::AliasDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_ui(std::make_unique<Ui::AliasDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"aliasDialog"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(u"closePushButton"_s);
    for (QLabel *label :
         {m_ui->aliasIdProblemLabel, m_ui->aliasNameProblemLabel, m_ui->loginsProblemLabel})
        StatusColors::applyText(label, StatusColors::Role::Error);

    m_system = m_context.system();
    m_ui->systemLabel->setText(
        tr("Aliases on the VICIdial system <b>%1</b>.").arg(systemLabel().toHtmlEscaped()));
    setWindowTitle(tr("Phone Aliases on %1").arg(systemLabel()));

    // The logins the tool knows on this system, for completion.
    for (const KnownPhone &known : m_context.history().knownPhones(m_system)) {
        const QString login = known.phone.login();
        if (known.state != KnownPhoneState::Deleted && !login.isEmpty() &&
            !m_knownLogins.contains(login, Qt::CaseInsensitive))
            m_knownLogins << login;
    }
    m_knownLogins.sort(Qt::CaseInsensitive);
    m_completer = new QCompleter(new QStringListModel(m_knownLogins, this), this);
    m_completer->setObjectName(u"loginsCompleter"_s);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(m_ui->loginsLineEdit);
    m_ui->knownLoginsLabel->setText(
        m_knownLogins.isEmpty()
            ? tr("This tool has added no phones on this system yet; type the logins.")
            : tr("%n phone login(s) known on this system; typing offers them.", nullptr,
                 int(m_knownLogins.size())));

    connect(m_ui->loginsLineEdit, &QLineEdit::textEdited, this, &AliasDialog::completeLogin);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &AliasDialog::insertLogin);
    connect(m_ui->aliasIdLineEdit, &QLineEdit::textEdited, this,
            [this] { clearProblem(m_ui->aliasIdProblemLabel); });
    connect(m_ui->aliasNameLineEdit, &QLineEdit::textEdited, this,
            [this] { clearProblem(m_ui->aliasNameProblemLabel); });
    connect(m_ui->loginsLineEdit, &QLineEdit::textEdited, this,
            [this] { clearProblem(m_ui->loginsProblemLabel); });
    connect(m_ui->addPushButton, &QPushButton::clicked, this,
            [this] { send(Operation::Kind::AddAlias); });
    connect(m_ui->changePushButton, &QPushButton::clicked, this,
            [this] { send(Operation::Kind::UpdateAlias); });
    connect(m_ui->deletePushButton, &QPushButton::clicked, this,
            [this] { send(Operation::Kind::DeleteAlias); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_context.service(), &ProvisioningService::jobFinished, this,
            &AliasDialog::onJobFinished);
    updateButtons();
}

AliasDialog::~AliasDialog() = default;

QString AliasDialog::systemLabel() const
{
    return m_system.name.isEmpty() ? m_system.displayName() : m_system.name;
}

Operation AliasDialog::operationFor(Operation::Kind kind) const
{
    const QString id = m_ui->aliasIdLineEdit->text().trimmed();
    const QString name = m_ui->aliasNameLineEdit->text().trimmed();
    const QStringList logins = loginList(m_ui->loginsLineEdit->text());
    switch (kind) {
    case Operation::Kind::AddAlias:
        return Operation::addAlias(id, name, logins);
    case Operation::Kind::UpdateAlias:
        return Operation::updateAlias(id, name, logins);
    default:
        break;
    }
    return Operation::deleteAlias(id);
}

void AliasDialog::send(Operation::Kind kind)
{
    if (m_job != 0)
        return;
    for (QLabel *label :
         {m_ui->aliasIdProblemLabel, m_ui->aliasNameProblemLabel, m_ui->loginsProblemLabel})
        clearProblem(label);
    const Operation operation = operationFor(kind);
    if (const AliasRules::Problem problem = AliasRules::check(operation); !problem.isEmpty()) {
        showProblem(problem);
        setResult(tr("Nothing was sent."), true);
        return;
    }
    if (kind == Operation::Kind::DeleteAlias &&
        MessageBox::question(this, tr("Delete Alias"),
                             tr("Delete the alias %1 from %2? The agent then no longer logs in "
                                "with it; the phones stay. It cannot be undone.")
                                 .arg(operation.aliasId(), systemLabel())) != QMessageBox::Yes) {
        setResult(tr("Nothing was deleted."), false);
        return;
    }
    if (m_sendCheck && !m_sendCheck())
        return;
    const std::optional<ConnectionConfig> connection = m_context.connectionFor(m_system.key);
    if (!connection) {
        setResult(tr("There is no connection to %1 in this session: choose it in the settings "
                     "first. Nothing was sent.")
                      .arg(systemLabel()),
                  true);
        return;
    }
    JobOptions options;
    options.connection = connection;
    const qint64 job = m_context.service().submit(operation, {}, options);
    if (job <= 0) {
        setResult(tr("Not sent: %1").arg(m_context.service().lastError()), true);
        return;
    }
    m_job = job;
    m_sent = operation;
    setResult(tr("Sending to %1…").arg(systemLabel()), false);
    updateButtons();
}

void AliasDialog::showProblem(const AliasRules::Problem &problem)
{
    QLabel *label = m_ui->aliasIdProblemLabel;
    QLineEdit *edit = m_ui->aliasIdLineEdit;
    if (problem.field == AliasRules::Field::Name) {
        label = m_ui->aliasNameProblemLabel;
        edit = m_ui->aliasNameLineEdit;
    } else if (problem.field == AliasRules::Field::Logins) {
        label = m_ui->loginsProblemLabel;
        edit = m_ui->loginsLineEdit;
    }
    label->setText(problem.message);
    label->setVisible(true);
    edit->setAccessibleDescription(problem.message);
    edit->setFocus(Qt::OtherFocusReason);
}

void AliasDialog::clearProblem(QLabel *label)
{
    if (label->text().isEmpty())
        return;
    label->clear();
    label->setVisible(false);
    QLineEdit *edit = label == m_ui->aliasIdProblemLabel     ? m_ui->aliasIdLineEdit
                      : label == m_ui->aliasNameProblemLabel ? m_ui->aliasNameLineEdit
                                                             : m_ui->loginsLineEdit;
    edit->setAccessibleDescription({});
}

void AliasDialog::onJobFinished(const JobResult &result)
{
    if (result.jobId != m_job || m_job == 0)
        return;
    m_job = 0;
    setResult(describe(result), !isSuccess(result.outcome));
    updateButtons();
    emit aliasFinished(result);
}

QString AliasDialog::describe(const JobResult &result) const
{
    const QString id = m_sent.aliasId();
    const QString system = systemLabel();
    const Operation::Kind kind = m_sent.kind();
    const QString reply = result.redactedReply;
    switch (result.outcome) {
    case Outcome::Added:
        return tr("Added: the alias %1 (%2) on %3 with the logins %4.")
            .arg(id, m_sent.aliasName(), system, m_sent.aliasLogins().join(u", "_s));
    case Outcome::Updated:
    case Outcome::NothingToChange:
        return kind == Operation::Kind::DeleteAlias
                   ? tr("Deleted: the alias %1 is gone from %2; its phones stay.").arg(id, system)
                   : tr("Changed: the alias %1 on %2.").arg(id, system);
    case Outcome::AlreadyExistsOnServer:
        return tr("Not added: %2 already has an alias %1 (ids compare without case). Use "
                  "Change to give it another name or other logins, or choose another id.")
            .arg(id, system);
    case Outcome::PhoneNotFound:
        if (reply.contains("ALIAS DOES NOT EXIST"_L1, Qt::CaseInsensitive))
            return tr("Not done: %2 has no alias %1. Check the id, or add it with Add.")
                .arg(id, system);
        return tr("Not done: no phone on %2 has the login %1. Add that phone first, or "
                  "correct the login; nothing was changed.")
            .arg(lastReplyField(reply), system);
    case Outcome::MissingFields:
        return tr("Refused by the server: %1. Nothing was changed.").arg(result.message);
    case Outcome::NoPermission:
    case Outcome::LoginOrPermission:
        if (kind == Operation::Kind::DeleteAlias)
            return tr("Not deleted: the API user may not delete phone aliases (%1). In VICIdial, "
                      "Admin > Users > this user, set \"Delete Phones\" (delete_phones) to 1. "
                      "Sending stopped; it starts again with the next request you confirm.")
                .arg(result.message);
        return tr("Refused: %1. In VICIdial, Admin > Users > this user needs user level 8 or "
                  "more, \"Ast Admin Access\", \"API Access\", and %2 (or ALL_FUNCTIONS) in "
                  "the allowed API functions. Sending stopped.")
            .arg(result.message, m_sent.apiFunction());
    default:
        break;
    }
    const QString detail = result.message.isEmpty() ? QString() : u" ("_s + result.message + u')';
    return tr("%1%2. %3")
        .arg(outcomeTitle(result.outcome), detail, outcomeExplanation(result.outcome));
}

void AliasDialog::setResult(const QString &text, bool error)
{
    m_ui->resultLabel->setText(text);
    if (error)
        StatusColors::applyText(m_ui->resultLabel, StatusColors::Role::Error);
    else
        m_ui->resultLabel->setPalette(QPalette());
}

void AliasDialog::updateButtons()
{
    const bool idle = m_job == 0;
    m_ui->addPushButton->setEnabled(idle);
    m_ui->changePushButton->setEnabled(idle);
    m_ui->deletePushButton->setEnabled(idle);
}

void AliasDialog::completeLogin(const QString &text)
{
    // Completes the login being typed: the part after the last comma.
    const QString current = text.mid(text.lastIndexOf(u',') + 1).trimmed();
    if (current.isEmpty() || m_knownLogins.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(current);
    if (m_completer->completionCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void AliasDialog::insertLogin(const QString &login)
{
    const QString text = m_ui->loginsLineEdit->text();
    const qsizetype comma = text.lastIndexOf(u',');
    QString kept = comma < 0 ? QString() : text.left(comma + 1);
    if (!kept.isEmpty())
        kept += u' ';
    m_ui->loginsLineEdit->setText(kept + login + u", "_s);
    clearProblem(m_ui->loginsProblemLabel);
}

} // namespace vp
