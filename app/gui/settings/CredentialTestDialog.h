// The credential test reached from the main window (actionTestCredentials):
// runs the check against the saved settings and shows each step.
#pragma once

#include <memory>
#include <QDialog>

namespace Ui {
class CredentialTestDialog;
}

namespace vp {

class AppContext;
class CredentialCheckView;

class CredentialTestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CredentialTestDialog(AppContext &context, QWidget *parent = nullptr);
    ~CredentialTestDialog() override;

    CredentialCheckView *checkView() const;
    // Starts the check (asking for the password first if none is known).
    void runCheck();

signals:
    void settingsRequested();

private:
    AppContext &m_context;
    const std::unique_ptr<Ui::CredentialTestDialog> m_ui;
};

} // namespace vp
