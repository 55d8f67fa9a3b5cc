// The program's settings in QSettings, through one typed table of keys with
// their defaults (the KeePassXC Config pattern). The API password is never a
// setting: it lives in a SecretStore.
#pragma once

#include <cstddef>
#include <memory>
#include <QObject>
#include <QVariant>

class QSettings;
class QTemporaryDir;

namespace vp {

enum class SettingKey
{
    ServerUrl,
    ApiUser,
    SourceLabel,
    Method,
    Concurrency,
    TimeoutSeconds,
    NonLatin,
    DefaultServerIp,
    DefaultProtocol,
    DefaultLocalGmt,
    DefaultTemplateId,
    DefaultPhoneContext,
    DefaultAdminUserGroup,
    RecentServerIps,
    Language,
    TrustedCertificates,
    MainWindowGeometry,
    MainWindowState,
    MainSplitterState,
    HistoryWindowGeometry,
    LastImportDirectory, // the folder of the file last opened or saved, by any file dialog
    SystemNames,         // the user's names of VICIdial systems, by VicidialSystem::key
    // Where the history is: empty = this computer's file; a shared database's
    // address (HistoryLocation::toUrl(), never with a password) in team mode.
    HistoryUrl,
};
// One row per key in the settings table (checked when the table is compiled).
inline constexpr std::size_t SettingKeyCount = std::size_t(SettingKey::HistoryUrl) + 1;

class Settings : public QObject
{
    Q_OBJECT
public:
    explicit Settings(std::unique_ptr<QSettings> storage, QObject *parent = nullptr);
    ~Settings() override;

    // QSettings("ViciProvisioner", "viciprov" or "viciprov-<profile>"), native format.
    static std::unique_ptr<Settings> createDefault(const QString &profile = {},
                                                   QObject *parent = nullptr);
    // An INI file in a temporary folder that disappears with the instance (tests, demo).
    static std::unique_ptr<Settings> createTemporary(QObject *parent = nullptr);

    // The stored value converted to the key's type and made valid (clamped,
    // lower-cased, trimmed); the default when nothing usable is stored.
    QVariant value(SettingKey key) const;
    // Stores the value made valid as above; does nothing (and emits nothing)
    // when that equals the current value.
    void setValue(SettingKey key, const QVariant &value);
    void reset(SettingKey key);

    // Puts ip first in RecentServerIps (most recent first, at most 10, no repeats).
    void addRecentServerIp(const QString &ip);
    // The user's name for the VICIdial system with this key (empty: none). A
    // name belongs to its address: pointing the settings elsewhere never
    // carries it to another system. An empty name removes it.
    QString systemName(const QString &systemKey) const;
    void setSystemName(const QString &systemKey, const QString &name);

    static QString keyName(SettingKey key); // e.g. "connection/serverUrl"
    static QVariant defaultValue(SettingKey key);
    static int currentVersion();
    int version() const; // of the stored settings, after migration

    void sync();
    QString fileName() const;

signals:
    void changed(vp::SettingKey key);

private:
    void migrate(int from);
    static QVariant normalized(SettingKey key, const QVariant &value);

    // Declared first so that it is destroyed last: QSettings writes its file
    // on destruction, and the folder must still be there.
    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    std::unique_ptr<QSettings> m_storage;
};

} // namespace vp

Q_DECLARE_METATYPE(vp::SettingKey)
