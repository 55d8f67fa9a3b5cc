#include "config/Settings.h"

#include <array>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

constexpr int kSettingsVersion = 1;
constexpr int kMaxRecentServerIps = 10;
const char kVersionKey[] = "meta/version";

struct KeyInfo
{
    SettingKey key;
    const char *name;
    QVariant defaultValue;
};

// The one table of keys: a key's name and default are written here only.
const std::array<KeyInfo, SettingKeyCount> &keyTable()
{
    // std::array refuses more rows than keys; the assertion below a missing one.
    static const std::array<KeyInfo, SettingKeyCount> table = {{
        {SettingKey::ServerUrl, "connection/serverUrl", QString()},
        {SettingKey::ApiUser, "connection/apiUser", QString()},
        {SettingKey::SourceLabel, "connection/sourceLabel", u"viciprov"_s},
        {SettingKey::Method, "connection/method", u"post"_s},
        {SettingKey::Concurrency, "connection/concurrency", 4},
        {SettingKey::TimeoutSeconds, "connection/timeoutSeconds", 30},
        {SettingKey::NonLatin, "connection/nonLatin", false},
        {SettingKey::DefaultServerIp, "defaults/serverIp", QString()},
        {SettingKey::DefaultProtocol, "defaults/protocol", u"SIP"_s},
        {SettingKey::DefaultLocalGmt, "defaults/localGmt", u"-5.00"_s},
        {SettingKey::DefaultTemplateId, "defaults/templateId", QString()},
        {SettingKey::DefaultPhoneContext, "defaults/phoneContext", QString()},
        {SettingKey::DefaultAdminUserGroup, "defaults/adminUserGroup", QString()},
        {SettingKey::RecentServerIps, "defaults/recentServerIps", QStringList()},
        {SettingKey::Language, "interface/language", QString()},
        {SettingKey::TrustedCertificates, "connection/trustedCertificates", QStringList()},
        {SettingKey::MainWindowGeometry, "interface/mainWindowGeometry", QByteArray()},
        {SettingKey::MainWindowState, "interface/mainWindowState", QByteArray()},
        {SettingKey::MainSplitterState, "interface/mainSplitterState", QByteArray()},
        {SettingKey::HistoryWindowGeometry, "interface/historyWindowGeometry", QByteArray()},
        {SettingKey::LastImportDirectory, "interface/lastImportDirectory", QString()},
        {SettingKey::SystemNames, "connection/systemNames", QVariantMap()},
        {SettingKey::HistoryUrl, "history/url", QString()},
    }};
    Q_ASSERT(table.back().key == SettingKey::HistoryUrl);
    return table;
}

const KeyInfo &info(SettingKey key)
{
    const KeyInfo &entry = keyTable()[static_cast<std::size_t>(key)];
    Q_ASSERT(entry.key == key);
    return entry;
}

QVariant clampedInt(const QVariant &value, int defaultValue, int low, int high)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok ? qBound(low, number, high) : defaultValue;
}

QStringList cleanList(const QStringList &values, int max)
{
    QStringList result;
    for (const QString &value : values) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result.append(trimmed);
    }
    if (max > 0 && result.size() > max)
        result.resize(max);
    return result;
}

} // namespace

Settings::Settings(std::unique_ptr<QSettings> storage, QObject *parent)
    : QObject(parent), m_storage(std::move(storage))
{
    Q_ASSERT(m_storage);
    const int stored = m_storage->value(QLatin1String(kVersionKey), 0).toInt();
    if (stored < kSettingsVersion)
        migrate(stored);
}

Settings::~Settings()
{
    // Write and close the file before its temporary folder goes.
    m_storage.reset();
    m_temporaryDir.reset();
}

std::unique_ptr<Settings> Settings::createDefault(const QString &profile, QObject *parent)
{
    const QString application = profile.isEmpty() ? u"viciprov"_s : "viciprov-"_L1 + profile;
    return std::make_unique<Settings>(
        std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                    u"ViciProvisioner"_s, application),
        parent);
}

std::unique_ptr<Settings> Settings::createTemporary(QObject *parent)
{
    auto dir = std::make_unique<QTemporaryDir>();
    const QString file = dir->isValid() ? dir->filePath(u"viciprov.ini"_s) : QString();
    // Without a temporary folder the settings still work, in memory only
    // (QSettings on an empty file name keeps its values and writes nothing).
    auto settings =
        std::make_unique<Settings>(std::make_unique<QSettings>(file, QSettings::IniFormat), parent);
    settings->m_temporaryDir = std::move(dir);
    return settings;
}

QString Settings::keyName(SettingKey key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(SettingKey key)
{
    return info(key).defaultValue;
}

int Settings::currentVersion()
{
    return kSettingsVersion;
}

int Settings::version() const
{
    return m_storage->value(QLatin1String(kVersionKey), 0).toInt();
}

QVariant Settings::normalized(SettingKey key, const QVariant &value)
{
    const QVariant defaultValue = info(key).defaultValue;
    if (!value.isValid() || value.isNull())
        return defaultValue;
    switch (key) {
    case SettingKey::Concurrency:
        return clampedInt(value, defaultValue.toInt(), 1, 8);
    case SettingKey::TimeoutSeconds:
        return clampedInt(value, defaultValue.toInt(), 5, 300);
    case SettingKey::Method: {
        const QString method = value.toString().trimmed().toLower();
        return method == "get"_L1 || method == "post"_L1 ? QVariant(method) : defaultValue;
    }
    case SettingKey::RecentServerIps:
        return cleanList(value.toStringList(), kMaxRecentServerIps);
    case SettingKey::TrustedCertificates:
        return cleanList(value.toStringList(), 0);
    case SettingKey::ServerUrl:
    case SettingKey::ApiUser:
    case SettingKey::SourceLabel:
    case SettingKey::DefaultServerIp:
        return value.toString().trimmed();
    default:
        break;
    }
    // INI files hand everything back as strings: convert to the key's type.
    QVariant converted = value;
    if (converted.metaType() != defaultValue.metaType()) {
        if (defaultValue.metaType().id() == QMetaType::Bool)
            return converted.toBool();
        if (!converted.convert(defaultValue.metaType()))
            return defaultValue;
    }
    return converted;
}

QVariant Settings::value(SettingKey key) const
{
    return normalized(key, m_storage->value(keyName(key)));
}

void Settings::setValue(SettingKey key, const QVariant &value)
{
    const QVariant newValue = normalized(key, value);
    if (newValue == this->value(key))
        return;
    m_storage->setValue(keyName(key), newValue);
    emit changed(key);
}

void Settings::reset(SettingKey key)
{
    const bool differs = value(key) != defaultValue(key);
    m_storage->remove(keyName(key));
    if (differs)
        emit changed(key);
}

QString Settings::systemName(const QString &systemKey) const
{
    if (systemKey.isEmpty())
        return {};
    return value(SettingKey::SystemNames).toMap().value(systemKey).toString().trimmed();
}

void Settings::setSystemName(const QString &systemKey, const QString &name)
{
    if (systemKey.isEmpty())
        return;
    QVariantMap names = value(SettingKey::SystemNames).toMap();
    if (name.trimmed().isEmpty())
        names.remove(systemKey);
    else
        names.insert(systemKey, name.trimmed());
    setValue(SettingKey::SystemNames, names);
}

void Settings::addRecentServerIp(const QString &ip)
{
    if (ip.trimmed().isEmpty())
        return;
    QStringList list = value(SettingKey::RecentServerIps).toStringList();
    list.removeAll(ip.trimmed());
    list.prepend(ip.trimmed());
    setValue(SettingKey::RecentServerIps, list);
}

void Settings::sync()
{
    m_storage->sync();
}

QString Settings::fileName() const
{
    return m_storage->fileName();
}

void Settings::migrate(int from)
{
    if (from < 1) {
        // Version 0 (the prototype) kept flat keys.
        const struct
        {
            const char *oldName;
            SettingKey key;
        } renames[] = {
            {"server", SettingKey::ServerUrl},
            {"user", SettingKey::ApiUser},
            {"source", SettingKey::SourceLabel},
            {"method", SettingKey::Method},
        };
        for (const auto &rename : renames) {
            const QString oldName = QLatin1String(rename.oldName);
            if (!m_storage->contains(oldName))
                continue;
            if (!m_storage->contains(keyName(rename.key)))
                m_storage->setValue(keyName(rename.key),
                                    normalized(rename.key, m_storage->value(oldName)));
            m_storage->remove(oldName);
        }
        // The prototype could save the API password in plain text: it is
        // removed, never carried over.
        m_storage->remove(u"password"_s);
    }
    m_storage->setValue(QLatin1String(kVersionKey), kSettingsVersion);
}

} // namespace vp
