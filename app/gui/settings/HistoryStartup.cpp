#include "settings/HistoryStartup.h"

#include "config/SecretStore.h"
#include "config/Settings.h"
#include "history/HistoryStore.h"
#include "settings/HistorySettingsDialog.h"
#include "settings/HistorySettingsPage.h"
#include "widgets/MessageBox.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vp {

std::optional<QString> HistoryStartup::readSecret(SecretStore &secrets, const QString &key)
{
    // Shared with the callback: a keychain that answers after the time
    // limit finds the state, not a dead stack frame.
    struct State
    {
        std::optional<QString> secret;
        bool answered = false;
        QEventLoop loop;
    };
    auto state = std::make_shared<State>();
    secrets.read(key, [state](std::optional<QString> secret, const QString &) {
        state->secret = std::move(secret);
        state->answered = true;
        state->loop.quit();
    });
    // A keychain may ask the user to unlock it: minutes, not forever.
    QTimer::singleShot(std::chrono::minutes(3), &state->loop, &QEventLoop::quit);
    if (!state->answered)
        state->loop.exec();
    return state->secret;
}

std::unique_ptr<HistoryStore> HistoryStartup::open(Settings &settings, SecretStore &secrets,
                                                   QString *error)
{
    QString typedPassword; // typed in "Settings…" during this start
    for (;;) {
        QString problem;
        const QString url = settings.value(SettingKey::HistoryUrl).toString();
        const std::optional<HistoryLocation> location = HistoryLocation::fromUrl(url, &problem);
        if (location) {
            QString password = typedPassword;
            bool noPassword = false;
            if (location->isShared() && password.isEmpty()) {
                const std::optional<QString> stored = readSecret(secrets, location->secretKey());
                noPassword = !stored;
                password = stored.value_or(QString());
            }
            auto history = std::make_unique<HistoryStore>();
            if (history->open(*location, password, &problem))
                return history;
            if (noPassword)
                problem += "\n\n"_L1 + tr("No password for this database is kept (%1): type it "
                                          "in Settings…")
                                           .arg(secrets.description());
        } else {
            problem = tr("The history address in the settings is not valid: %1").arg(problem);
        }
        const auto answer = MessageBox::choose(
            nullptr, QMessageBox::Critical, tr("History not available"),
            tr("%1\n\nEvery attempt is written to the history before it is sent, so nothing can "
               "be sent until it is open. Try again once the server is back, correct the "
               "history's address or password in Settings…, or quit.")
                .arg(problem),
            {{QMessageBox::Retry, tr("Try again")},
             {QMessageBox::Open, tr("Settings…")},
             {QMessageBox::Close, tr("Quit")}},
            QMessageBox::Retry);
        if (answer == QMessageBox::Open) {
            HistorySettingsDialog dialog(settings, secrets);
            if (dialog.exec() == QDialog::Accepted)
                typedPassword = dialog.page()->typedPassword();
        } else if (answer != QMessageBox::Retry) {
            *error = tr("Not started: the history could not be opened. %1").arg(problem);
            return nullptr;
        }
    }
}

} // namespace vp
