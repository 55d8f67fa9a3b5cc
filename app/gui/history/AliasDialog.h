// Tools > Phone aliases: add, change or delete a phone alias (one agent, one
// login across several dialer servers) on the current VICIdial system. The
// values are checked with AliasRules before anything is sent and a problem is
// shown at its field; the request goes through the app's provisioning service
// (in-flight guards, write-ahead history, stop on a login error), and the
// server's answer is shown in plain words. Nothing typed is cleared.
#pragma once

#include "model/Operation.h"
#include "model/VicidialSystem.h"
#include "rules/AliasRules.h"

#include <functional>
#include <memory>
#include <QDialog>

class QCompleter;
class QLabel;
class QLineEdit;

namespace Ui {
class AliasDialog;
}

namespace vp {

class AppContext;
struct JobResult;

class AliasDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AliasDialog(AppContext &context, QWidget *parent = nullptr);
    ~AliasDialog() override;

    // Asked before a request goes (server and password set, a stop after a
    // login error cleared); the main window's own check. None: send at once.
    void setSendCheck(std::function<bool()> check) { m_sendCheck = std::move(check); }
    VicidialSystem system() const { return m_system; }
    // The logins offered for completion (the known phones of the system).
    QStringList knownLogins() const { return m_knownLogins; }
    bool isSending() const { return m_job != 0; }

signals:
    // The server answered a request of this dialog.
    void aliasFinished(const vp::JobResult &result);

private:
    void send(Operation::Kind kind);
    Operation operationFor(Operation::Kind kind) const;
    void showProblem(const AliasRules::Problem &problem);
    void clearProblem(QLabel *label);
    void onJobFinished(const JobResult &result);
    QString describe(const JobResult &result) const;
    void setResult(const QString &text, bool error);
    void updateButtons();
    void completeLogin(const QString &text);
    void insertLogin(const QString &login);
    QString systemLabel() const;

    AppContext &m_context;
    const std::unique_ptr<Ui::AliasDialog> m_ui;
    QCompleter *m_completer = nullptr;
    VicidialSystem m_system;
    QStringList m_knownLogins;
    std::function<bool()> m_sendCheck;
    qint64 m_job = 0;
    Operation m_sent; // the operation of m_job (or the last one answered)
};

} // namespace vp
