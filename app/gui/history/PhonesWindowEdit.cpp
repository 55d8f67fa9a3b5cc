// PhonesWindow::editPhone and createAgain: change one known phone through
// EditPhoneDialog, or add deleted phones again from their recorded fields
// with new passwords. Both go through the app's service like the window's
// other actions; new passwords stay in memory until the user saves the
// agent handout (core's BatchReportWriter, the import's file: same columns,
// formula guard, 0600) or declines it.
#include "history/PhonesWindow.h"

#include "history/EditPhoneDialog.h"
#include "import/BatchReportWriter.h"
#include "rules/PasswordGenerator.h"
#include "widgets/AppContext.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <algorithm>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <utility>

using namespace Qt::StringLiterals;

namespace vp {

void PhonesWindow::editPhone()
{
    const QList<KnownPhone> selected = selectedPhones();
    if (selected.size() != 1 || selected.first().state == KnownPhoneState::Deleted)
        return;
    const KnownPhone known = selected.first();
    // The server accepts a login twice on a one-server system: the logins of
    // the other phones this system may still have are refused here.
    QSet<QString> otherLogins;
    for (const KnownPhone &other : std::as_const(m_phones)) {
        if (other.state != KnownPhoneState::Deleted &&
            other.phone.extensionKey() != known.phone.extensionKey() &&
            !other.phone.login().isEmpty())
            otherLogins.insert(other.phone.loginKey());
    }
    if (m_editDialog)
        m_editDialog->deleteLater();
    auto *dialog = new EditPhoneDialog(known, otherLogins, m_context.ruleOptions(), this);
    m_editDialog = dialog;
    m_editKey.clear();
    connect(dialog, &QDialog::rejected, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog, known] {
        const Operation operation = dialog->operation();
        QList<PhoneRecord> withPasswords;
        if (dialog->changesPassword())
            withPasswords.append(dialog->editedPhone());
        // The dialog stays (hidden) until the answer: a refusal opens it again.
        if (!submitAll({{operation, known.phone.extensionKey()}},
                       tr("Change %1").arg(known.phone.extension()), {}, withPasswords)) {
            // Not sent (another batch runs, no connection): nothing typed is lost.
            dialog->showRefusal(m_summaryLabel->text());
            dialog->open();
            return;
        }
        if (m_jobs.isEmpty()) {
            dialog->showRefusal(m_stopMessage);
            dialog->open();
            return;
        }
        m_editKey = known.phone.extensionKey();
    });
    dialog->open();
}

void PhonesWindow::finishEdit(const JobResult &result)
{
    m_editKey.clear();
    if (!m_editDialog)
        return;
    if (isSuccess(result.outcome)) {
        m_editDialog->deleteLater();
        return;
    }
    m_editDialog->showRefusal(outcomeTitle(result.outcome) + u": "_s + result.message);
    m_editDialog->open();
}

void PhonesWindow::createAgain()
{
    QList<KnownPhone> phones = selectedPhones();
    if (phones.isEmpty() || !std::all_of(phones.cbegin(), phones.cend(), [](const KnownPhone &k) {
            return k.state == KnownPhoneState::Deleted;
        }))
        return;
    const VicidialSystem system = currentSystem();
    const QString systemLabel = system.name.isEmpty() ? system.key : system.name;
    const RuleOptions options = m_context.ruleOptions();
    QList<std::pair<Operation, QString>> operations;
    QList<PhoneRecord> withPasswords;
    QStringList refused;
    for (const KnownPhone &known : std::as_const(phones)) {
        PhoneRecord phone = PhoneRules::withDefaults(known.phone.withoutSecrets());
        phone.setActive(true);
        phone.setValue(PhoneField::PhonePass, PasswordGenerator::generate());
        phone.setValue(PhoneField::RegistrationPassword, PasswordGenerator::generate());
        const QList<FieldIssue> issues = PhoneRules::validate(phone, options);
        if (!issues.isEmpty()) {
            refused.append(tr("%1: %2").arg(phone.extension(), issues.first().message));
            continue;
        }
        operations.append({Operation::addPhone(phone), phone.extensionKey()});
        withPasswords.append(phone);
    }
    QString question;
    if (!operations.isEmpty())
        question = tr("Create %n phone(s) again on %1, with their recorded fields and new "
                      "passwords? The agents need the new passwords: save the handout "
                      "afterwards.",
                      nullptr, int(operations.size()))
                       .arg(systemLabel);
    if (!refused.isEmpty())
        question += (question.isEmpty() ? QString() : u"\n\n"_s) +
                    tr("Not valid any more, not sent:") + u"\n"_s + refused.join(u"\n"_s);
    if (operations.isEmpty()) {
        MessageBox::warning(this, tr("Create again"), question);
        m_summaryLabel->setText(tr("Nothing was sent: %1").arg(refused.join(u"; "_s)));
        return;
    }
    if (MessageBox::question(this, tr("Create again"), question) != QMessageBox::Yes)
        return;
    submitAll(operations, tr("Create %n phone(s) again", nullptr, int(operations.size())), {},
              withPasswords);
    if (!refused.isEmpty()) {
        m_note = tr("Not sent: %1").arg(refused.join(u"; "_s));
        m_summaryLabel->setText(m_summaryLabel->text() + u' ' + m_note);
    }
}

void PhonesWindow::offerHandout()
{
    const QList<PhoneRecord> phones = std::exchange(m_handout, {});
    const auto answer = MessageBox::warning(
        this, tr("Save Agent Handout"),
        tr("%n phone(s) now have new passwords that this program does not keep. The handout "
           "lists them in plain text; anyone who reads the file can register as these "
           "phones.\n\nThe file is made readable by you only. Hand it out over a safe channel "
           "and delete it afterwards.\n\nSave it?",
           nullptr, int(phones.size())),
        QMessageBox::Save | QMessageBox::Discard);
    if (answer != QMessageBox::Save)
        return;
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save Agent Handout"),
        FileDialog::startPath(m_context.settings(), u"agent-handout.csv"_s),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    FileDialog::remember(m_context.settings(), path);
    QString error;
    if (!BatchReportWriter::writeHandout(path, phones, &error)) {
        MessageBox::warning(this, tr("Save Agent Handout"), error);
        return;
    }
    m_summaryLabel->setText(m_summaryLabel->text() + u' ' +
                            tr("Handout with %n phone(s) saved to %1 (readable by you only).",
                               nullptr, int(phones.size()))
                                .arg(QDir::toNativeSeparators(path)));
}

} // namespace vp
