#include "config/ConnectionConfig.h"
#include "config/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    // createDefault() must not touch the real user's settings.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults_data()
    {
        QTest::addColumn<SettingKey>("key");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("server URL is empty") << SettingKey::ServerUrl << QVariant(QString());
        QTest::newRow("source label") << SettingKey::SourceLabel << QVariant(u"viciprov"_s);
        QTest::newRow("method is POST") << SettingKey::Method << QVariant(u"post"_s);
        QTest::newRow("concurrency 4") << SettingKey::Concurrency << QVariant(4);
        QTest::newRow("timeout 30 s") << SettingKey::TimeoutSeconds << QVariant(30);
        QTest::newRow("latin mode") << SettingKey::NonLatin << QVariant(false);
        QTest::newRow("protocol SIP") << SettingKey::DefaultProtocol << QVariant(u"SIP"_s);
        QTest::newRow("time zone -5.00") << SettingKey::DefaultLocalGmt << QVariant(u"-5.00"_s);
        QTest::newRow("no recent server IPs")
            << SettingKey::RecentServerIps << QVariant(QStringList());
        QTest::newRow("system language") << SettingKey::Language << QVariant(QString());
        QTest::newRow("no window geometry")
            << SettingKey::MainWindowGeometry << QVariant(QByteArray());
    }

    void defaults()
    {
        QFETCH(SettingKey, key);
        QFETCH(QVariant, expected);
        auto settings = Settings::createTemporary();
        QCOMPARE(settings->value(key), expected);
        QCOMPARE(settings->value(key).metaType(), expected.metaType());
        QCOMPARE(Settings::defaultValue(key), expected);
    }

    void keyNamesAreUniqueAndNeverAPassword()
    {
        QSet<QString> names;
        for (int i = 0; i <= int(SettingKey::LastImportDirectory); ++i) {
            const QString name = Settings::keyName(SettingKey(i));
            QVERIFY2(name.contains(QLatin1Char('/')), qPrintable(name));
            QVERIFY2(!name.contains("assword"_L1, Qt::CaseInsensitive), qPrintable(name));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(Settings::keyName(SettingKey::ServerUrl), u"connection/serverUrl"_s);
    }

    void setEmitsOnlyWhenTheValueChanges()
    {
        auto settings = Settings::createTemporary();
        QSignalSpy spy(settings.get(), &Settings::changed);
        settings->setValue(SettingKey::ServerUrl, u"https://d.example.com/"_s);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<SettingKey>(), SettingKey::ServerUrl);
        settings->setValue(SettingKey::ServerUrl, u"https://d.example.com/"_s);
        QCOMPARE(spy.size(), 1);
        settings->setValue(SettingKey::ServerUrl, u" https://d.example.com/ "_s);
        QCOMPARE(spy.size(), 1);                        // trimmed: the same value
        settings->setValue(SettingKey::Concurrency, 4); // the default
        QCOMPARE(spy.size(), 1);
        settings->setValue(SettingKey::Concurrency, 6);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(settings->value(SettingKey::Concurrency), QVariant(6));
        settings->reset(SettingKey::Concurrency);
        QCOMPARE(spy.size(), 3);
        QCOMPARE(settings->value(SettingKey::Concurrency), QVariant(4));
        settings->reset(SettingKey::Concurrency);
        QCOMPARE(spy.size(), 3);
    }

    void valuesAreMadeValid_data()
    {
        QTest::addColumn<SettingKey>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QVariant>("read");
        QTest::newRow("concurrency below 1")
            << SettingKey::Concurrency << QVariant(0) << QVariant(1);
        QTest::newRow("concurrency above 8")
            << SettingKey::Concurrency << QVariant(20) << QVariant(8);
        QTest::newRow("concurrency as text")
            << SettingKey::Concurrency << QVariant(u"3"_s) << QVariant(3);
        QTest::newRow("concurrency garbage")
            << SettingKey::Concurrency << QVariant(u"many"_s) << QVariant(4);
        QTest::newRow("timeout below 5")
            << SettingKey::TimeoutSeconds << QVariant(1) << QVariant(5);
        QTest::newRow("timeout above 300")
            << SettingKey::TimeoutSeconds << QVariant(3600) << QVariant(300);
        QTest::newRow("method in capitals")
            << SettingKey::Method << QVariant(u"GET"_s) << QVariant(u"get"_s);
        QTest::newRow("unknown method")
            << SettingKey::Method << QVariant(u"PUT"_s) << QVariant(u"post"_s);
        QTest::newRow("non-latin as text")
            << SettingKey::NonLatin << QVariant(u"true"_s) << QVariant(true);
    }

    // Both what setValue() stores and what another program wrote to the file.
    void valuesAreMadeValid()
    {
        QFETCH(SettingKey, key);
        QFETCH(QVariant, stored);
        QFETCH(QVariant, read);
        auto settings = Settings::createTemporary();
        settings->setValue(key, stored);
        QCOMPARE(settings->value(key), read);

        QTemporaryDir dir;
        const QString file = dir.filePath(u"raw.ini"_s);
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(u"meta/version"_s, Settings::currentVersion());
            raw.setValue(Settings::keyName(key), stored);
        }
        Settings fromFile(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(fromFile.value(key), read);
    }

    void recentServerIpsKeepTenMostRecentFirst()
    {
        auto settings = Settings::createTemporary();
        for (int i = 1; i <= 12; ++i)
            settings->addRecentServerIp(u"10.0.0.%1"_s.arg(i));
        settings->addRecentServerIp(u"10.0.0.5"_s);
        const QStringList ips = settings->value(SettingKey::RecentServerIps).toStringList();
        QCOMPARE(ips.size(), 10);
        QCOMPARE(ips.first(), u"10.0.0.5"_s);
        QCOMPARE(ips.at(1), u"10.0.0.12"_s);
        QCOMPARE(ips.count(u"10.0.0.5"_s), 1);
        QVERIFY(!ips.contains(u"10.0.0.1"_s));
    }

    void valuesSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"s.ini"_s);
        {
            Settings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
            settings.setValue(SettingKey::ApiUser, u"apiadmin"_s);
            settings.setValue(SettingKey::RecentServerIps, QStringList{u"10.0.0.1"_s});
            settings.setValue(SettingKey::NonLatin, true);
            settings.setValue(SettingKey::MainWindowGeometry, QByteArray("\x01\x02\xff", 3));
        }
        Settings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(settings.value(SettingKey::ApiUser), QVariant(u"apiadmin"_s));
        QCOMPARE(settings.value(SettingKey::RecentServerIps), QVariant(QStringList{u"10.0.0.1"_s}));
        QCOMPARE(settings.value(SettingKey::NonLatin), QVariant(true));
        QCOMPARE(settings.value(SettingKey::MainWindowGeometry),
                 QVariant(QByteArray("\x01\x02\xff", 3)));
    }

    void migratesVersion0Keys()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"v0.ini"_s);
        {
            QSettings v0(file, QSettings::IniFormat);
            v0.setValue(u"server"_s, u"https://old.example.com/"_s);
            v0.setValue(u"user"_s, u"olduser"_s);
            v0.setValue(u"method"_s, u"GET"_s);
            v0.setValue(u"password"_s, u"plain-text-pw"_s);
        }
        {
            Settings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
            QCOMPARE(settings.version(), Settings::currentVersion());
            QCOMPARE(settings.value(SettingKey::ServerUrl),
                     QVariant(u"https://old.example.com/"_s));
            QCOMPARE(settings.value(SettingKey::ApiUser), QVariant(u"olduser"_s));
            QCOMPARE(settings.value(SettingKey::Method), QVariant(u"get"_s));
        }
        QSettings after(file, QSettings::IniFormat);
        QVERIFY(!after.contains(u"server"_s));
        QVERIFY(!after.contains(u"user"_s));
        QVERIFY(!after.contains(u"password"_s));
        QCOMPARE(after.value(u"connection/serverUrl"_s).toString(), u"https://old.example.com/"_s);
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("plain-text-pw"));
    }

    void migrationKeepsANewerValue()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"mixed.ini"_s);
        {
            QSettings mixed(file, QSettings::IniFormat);
            mixed.setValue(u"server"_s, u"https://old.example.com/"_s);
            mixed.setValue(u"connection/serverUrl"_s, u"https://new.example.com/"_s);
        }
        Settings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(settings.value(SettingKey::ServerUrl), QVariant(u"https://new.example.com/"_s));
    }

    void temporaryInstanceLeavesNoFileBehind()
    {
        QString file;
        {
            auto settings = Settings::createTemporary();
            settings->setValue(SettingKey::ApiUser, u"someone"_s);
            settings->sync();
            file = settings->fileName();
            QVERIFY(QFileInfo::exists(file));
        }
        QVERIFY(!file.isEmpty());
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(QFileInfo(file).absolutePath()));
    }

    void profilesUseSeparateFiles()
    {
        auto normal = Settings::createDefault();
        auto demo = Settings::createDefault(u"demo"_s);
        QVERIFY(normal->fileName() != demo->fileName());
        QVERIFY(demo->fileName().contains("viciprov-demo"_L1));
        QVERIFY(normal->fileName().contains("ViciProvisioner"_L1));
        QVERIFY2(normal->fileName().contains("qttest"_L1), qPrintable(normal->fileName()));
        const QStringList files = {normal->fileName(), demo->fileName()};
        normal.reset();
        demo.reset();
        for (const QString &file : files)
            QFile::remove(file);
    }

    // A system's name belongs to its address: the settings pointed at
    // another address never show (or record) the first one's name.
    void systemNamesBelongToTheirAddress()
    {
        auto settings = Settings::createTemporary();
        const QString prod = u"prod.example.com/vicidial/non_agent_api.php"_s;
        const QString staging = u"staging.example.com/vicidial/non_agent_api.php"_s;
        settings->setSystemName(prod, u" Production "_s);
        settings->setSystemName(staging, u"Staging"_s);
        QCOMPARE(settings->systemName(prod), u"Production"_s);
        QCOMPARE(settings->systemName(staging), u"Staging"_s);
        QVERIFY(settings->systemName(u"other/vicidial/non_agent_api.php"_s).isEmpty());

        settings->setValue(SettingKey::ServerUrl, u"https://staging.example.com/"_s);
        QCOMPARE(connectionFromSettings(*settings, QString()).systemName, u"Staging"_s);
        settings->setValue(SettingKey::ServerUrl, u"dialer2.example.com"_s);
        QVERIFY(connectionFromSettings(*settings, QString()).systemName.isEmpty());

        settings->setSystemName(prod, QString()); // removed
        QVERIFY(settings->systemName(prod).isEmpty());
        QCOMPARE(settings->systemName(staging), u"Staging"_s);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
