// Settings > History: where the attempt history lives, this computer's file or
// a shared database on a MariaDB/MySQL or PostgreSQL server (team mode). The
// address goes to SettingKey::HistoryUrl, the database password to the
// secret store under HistoryLocation::secretKey(), never to the settings.
// "Test connection" checks what is typed, unsaved, on a worker thread.
#pragma once

#include "history/HistoryLocation.h"

#include <memory>
#include <optional>
#include <QWidget>

template<typename T>
class QFutureWatcher;

namespace Ui {
class HistorySettingsPage;
}

namespace vp {

class SecretStore;
class Settings;

class HistorySettingsPage : public QWidget
{
    Q_OBJECT
public:
    HistorySettingsPage(Settings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~HistorySettingsPage() override;

    // The history this run of the program uses: the page says that a new
    // choice takes effect at the next start.
    void setInUse(const HistoryLocation &location);
    // Nothing can be changed (demo mode); why says so on the page. An empty
    // why unlocks it (the screenshot tour, which runs in the demo).
    void setLocked(const QString &why);
    bool isLocked() const { return m_locked; }

    // The location as typed; nullopt when something is missing or wrong,
    // with *problem saying what and *field where.
    std::optional<HistoryLocation> typedLocation(QString *problem = nullptr,
                                                 QWidget **field = nullptr) const;
    // The password as typed (empty: keep the stored one).
    QString typedPassword() const;
    // Shows what is wrong under the fields and puts the focus on the field.
    bool validate();
    // Writes the address and a typed password; false (nothing written) when
    // the input is not valid.
    bool save();
    // What was saved differs from the history in use (a restart is needed).
    bool differsFromInUse() const;

    void testConnection();
    // Forgets a running test (the check itself ends on its own, bounded by
    // the connect timeout); its result is not shown.
    void cancelTest();
    bool isTesting() const;
    QString testResultText() const;
    // What the last finished test found (nullopt before one finished).
    std::optional<HistoryConnectionCheck> lastCheck() const { return m_lastCheck; }
    QString validationText() const;

signals:
    void testFinished(bool ok);

private:
    void load();
    void updateEnabled();
    void engineChanged();
    void browseCaFile();
    void fieldsEdited();
    void startCheck(const HistoryLocation &location, const QString &password);
    void showValidation(const QString &text, bool error);
    void showResult(const QString &text, int role);

    Settings &m_settings;
    SecretStore &m_secrets;
    const std::unique_ptr<Ui::HistorySettingsPage> m_ui;
    std::unique_ptr<QFutureWatcher<HistoryConnectionCheck>> m_watcher;
    HistoryLocation m_loaded;
    std::optional<HistoryLocation> m_inUse;
    std::optional<HistoryConnectionCheck> m_lastCheck;
    HistoryEngine m_portEngine = HistoryEngine::MariaDb; // the engine the port belongs to
    bool m_locked = false;
    quint64 m_testId = 0; // a cancelled test's late answers are dropped
};

} // namespace vp
