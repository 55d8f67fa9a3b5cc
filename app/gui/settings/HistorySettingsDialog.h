// Just the History settings page in a dialog of its own, for the start-up
// prompt when the shared history cannot be opened ("Settings…"): the user
// fixes the address or the password, saves, and the program tries again.
#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace vp {

class HistorySettingsPage;
class SecretStore;
class Settings;

class HistorySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    HistorySettingsDialog(Settings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~HistorySettingsDialog() override;

    HistorySettingsPage *page() const { return m_page; }
    // Saves through the page; stays open and says what is wrong otherwise.
    void accept() override;

private:
    HistorySettingsPage *m_page;
    QDialogButtonBox *m_buttonBox;
};

} // namespace vp
