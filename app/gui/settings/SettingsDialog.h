// Connection, defaults for new phones and trusted certificates. URL and user
// go to the settings, the password to the secret store (the dialog says
// whether that is the system keychain or this run only). "Test credentials"
// checks what is typed, before it is saved. The History tab (its own page)
// says where the attempt history lives; a change is used from the next start.
#pragma once

#include <memory>
#include <QDialog>

namespace Ui {
class SettingsDialog;
}

namespace vp {

class AppContext;
class CredentialCheckView;
class HistorySettingsPage;
struct ConnectionConfig;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppContext &context, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The connection as typed in the dialog (not yet saved).
    ConnectionConfig typedConnection() const;
    CredentialCheckView *checkView() const;
    HistorySettingsPage *historyPage() const { return m_historyPage; }
    // The user changed where the history is and chose "Restart now".
    bool restartRequested() const { return m_restartRequested; }
    void testCredentials();
    // Writes everything to the settings and the secret store.
    void save();

    void accept() override;

private:
    void load();
    void validateUrl();
    void validateSource();
    QStringList typedFingerprints(QString *error) const;

    AppContext &m_context;
    const std::unique_ptr<Ui::SettingsDialog> m_ui;
    HistorySettingsPage *m_historyPage = nullptr;
    bool m_restartRequested = false;
};

} // namespace vp
