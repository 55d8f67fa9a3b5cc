// Runs the core's side-effect-free credential check and shows its three
// steps (server reachable, API login, permission to add phones) with a tick
// or a cross, what was found and, for a failure, what to change.
#pragma once

#include "service/CredentialCheck.h"

#include <memory>
#include <QWidget>

class QLabel;

namespace Ui {
class CredentialCheckView;
}

namespace vp {

struct ConnectionConfig;

class CredentialCheckView : public QWidget
{
    Q_OBJECT
public:
    explicit CredentialCheckView(QWidget *parent = nullptr);
    ~CredentialCheckView() override;

    void run(const ConnectionConfig &config);
    void cancel();
    bool isRunning() const;
    // The step rows as shown ("<title>: <detail> <fix>"), for tests and copying.
    QString stepText(int index) const;
    CheckStep::Status stepStatus(int index) const;
    QString summaryText() const;
    // The system the last check went to and what it read of its build.
    QString checkedSystemKey() const { return m_systemKey; }
    SystemBuildInfo buildInfo() const { return m_check.buildInfo(); }

signals:
    void finished(bool ok);

private:
    void showStep(int index, const CheckStep &step);
    void growWindowToFit();

    const std::unique_ptr<Ui::CredentialCheckView> m_ui;
    CredentialCheck m_check;
    QList<CheckStep> m_steps;
    QString m_systemKey;
};

} // namespace vp
