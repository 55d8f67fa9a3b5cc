// Asks for the API password when none is known, and keeps it in the secret
// store (the system keychain, or memory for this run; the dialog says which).
#pragma once

#include <memory>
#include <QDialog>

namespace Ui {
class PasswordDialog;
}

namespace vp {

class AppContext;

class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasswordDialog(AppContext &context, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    QString password() const;

    // Shows the dialog when no API password is known; true when one is known
    // afterwards (never send without it). Tests answer it in advance.
    static bool ensurePassword(AppContext &context, QWidget *parent);
    static void setNextPassword(const QString &password);
    // Asks for the password of another account (a batch's own system while the
    // settings point elsewhere); it is not made the settings' password.
    // Empty when the user cancels.
    static QString askFor(AppContext &context, QWidget *parent, const QString &apiUser,
                          const QString &serverUrl);

    void accept() override;

private:
    AppContext &m_context;
    bool m_otherAccount = false;
    const std::unique_ptr<Ui::PasswordDialog> m_ui;
};

} // namespace vp
