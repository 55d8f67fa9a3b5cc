// Opens the history the settings name, for the desktop program's start: a
// shared database with its password from the secret store. When it cannot be
// opened the user is asked why-and-what-now: Try again, Settings… (just the
// history settings, then again) or Quit. It never falls back to this
// computer's file on its own: the user would then send phones outside the
// team's shared history, and nothing is sent before a history is open.
#pragma once

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QString>

namespace vp {

class HistoryStore;
class SecretStore;
class Settings;

class HistoryStartup
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStartup)

public:
    // The open history; nullptr when the user chose Quit, *error saying why.
    static std::unique_ptr<HistoryStore> open(Settings &settings, SecretStore &secrets,
                                              QString *error);
    // Waits (in a local event loop) for the store's answer.
    static std::optional<QString> readSecret(SecretStore &secrets, const QString &key);
};

} // namespace vp
