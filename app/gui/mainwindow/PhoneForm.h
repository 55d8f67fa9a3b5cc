// The one-phone form: every add_phone field, checked as you type with the
// core rules (the message sits under the field), conveniences admins ask for
// (dialplan, voicemail and login follow the extension; generated passwords;
// recent server IPs) and a duplicate warning before anything is sent.
#pragma once

#include "model/PhoneField.h"
#include "model/PhoneRecord.h"

#include <functional>
#include <memory>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Ui {
class PhoneForm;
}

namespace vp {

class AppContext;

class PhoneForm : public QWidget
{
    Q_OBJECT
public:
    explicit PhoneForm(AppContext &context, QWidget *parent = nullptr);
    ~PhoneForm() override;

    // The values as typed (not normalised).
    PhoneRecord phone() const;
    // Loads a phone (e.g. a failed row to fix); nothing follows the extension then.
    void setPhone(const PhoneRecord &phone);
    // Empties the form but keeps the shared fields (server, protocol, time zone, template).
    // Empties the form for the next phone, keeping the shared fields
    // (server, protocol, time zone, template).
    void clearForNext();
    // Every field back to its default from the settings.
    void resetToDefaults();
    bool isValid() const;
    // What keeps the phone from being sent, as one sentence ("To add this
    // phone, fill in: Outbound CID. Fix: Login."); empty when it can be sent.
    QString missingText() const;
    // Add was asked for with the form not ready: every field says what it
    // needs (empty required ones too), the first such field gets the focus.
    void showWhatIsMissing();
    // The server refused this server IP (SERVER DOES NOT EXIST): it is not
    // kept for the next phone and the field says so when it is typed again.
    // Forgotten when the settings point at another system.
    void serverIpRefused(const QString &serverIp);
    // Returns a warning (empty = none) for a phone already in the table or history.
    using DuplicateCheck = std::function<QString(const PhoneRecord &)>;
    void setDuplicateCheck(DuplicateCheck check);
    QString duplicateWarning() const { return m_duplicateWarning; }
    // "Resend" instead of "Add phone" while a failed row is being fixed.
    void setEditing(bool editing);
    // Reloads the defaults and recent server IPs from the settings.
    void reloadSettings();

signals:
    void addRequested();
    void validityChanged(bool valid);
    // missingText() changed (the window's Add action shows it as its tooltip).
    void missingTextChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void clearFields(bool keepShared);
    void applyStatusColors();
    struct Binding
    {
        PhoneField field;
        QLineEdit *lineEdit = nullptr;
        QComboBox *comboBox = nullptr;
        QLabel *messageLabel = nullptr;
        bool touched = false;
    };

    QString rawValue(const Binding &binding) const;
    void setRawValue(Binding &binding, const QString &value);
    Binding &binding(PhoneField field);
    void setupCombos();
    void setupPasswordField(QLineEdit *edit);
    void markRequiredFields();
    void updateMissingText();
    void onExtensionChanged(const QString &text);
    void validateAll();
    void validateOne(Binding &binding);
    void updateDuplicateWarning();

    AppContext &m_context;
    const std::unique_ptr<Ui::PhoneForm> m_ui;
    std::vector<Binding> m_bindings;
    // Fields that still copy the extension (until the user edits them).
    QSet<int> m_following; // fieldIndex()
    DuplicateCheck m_duplicateCheck;
    QString m_duplicateWarning;
    QString m_missingText;
    // Server IPs this system refused, and the system they belong to.
    QSet<QString> m_refusedServerIps;
    QString m_refusedSystemKey;
    bool m_valid = false;
    bool m_loading = false;
};

} // namespace vp
