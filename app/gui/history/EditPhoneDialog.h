// Changes one known phone (Phones window > Edit): the form is filled from
// the phone's fields as the history knows them (never its passwords), and
// only the fields the user changed are sent, checked first with
// update_phone's own limits (UpdateRules) and against the logins of the
// other phones of the system. A refusal keeps everything typed.
#pragma once

#include "history/KnownPhones.h"
#include "model/Operation.h"
#include "rules/PhoneRules.h"

#include <memory>
#include <QDialog>
#include <QSet>

class QComboBox;
class QLineEdit;
class QWidget;

namespace Ui {
class EditPhoneDialog;
}

namespace vp {

class EditPhoneDialog : public QDialog
{
    Q_OBJECT
public:
    // loginsOfOtherPhones: loginKey() of the other phones of the system that
    // may still exist; a login among them is refused.
    EditPhoneDialog(const KnownPhone &known, const QSet<QString> &loginsOfOtherPhones,
                    const RuleOptions &options, QWidget *parent = nullptr);
    ~EditPhoneDialog() override;

    // The fields whose value differs from the one filled in; a password
    // counts only when one was typed or generated.
    QList<PhoneField> changedFields() const;
    // The known phone with the form's values (passwords only as typed).
    PhoneRecord editedPhone() const;
    // The request to send; valid after the dialog was accepted.
    Operation operation() const;
    // A password was typed or generated among the changed fields.
    bool changesPassword() const;
    // The form's issues of the last OK, empty when it was accepted.
    QString issuesText() const;

    // The server refused the change: its answer below the form, the input kept.
    void showRefusal(const QString &message);

    void accept() override;

private:
    struct FieldWidget
    {
        PhoneField field;
        QLineEdit *lineEdit = nullptr;
        QComboBox *comboBox = nullptr;
    };
    QString currentValue(const FieldWidget &widget) const;
    void markIssues(const QList<FieldIssue> &issues);

    const std::unique_ptr<Ui::EditPhoneDialog> m_ui;
    PhoneRecord m_original;
    QSet<QString> m_otherLogins;
    RuleOptions m_options;
    QList<FieldWidget> m_fields;
};

} // namespace vp
