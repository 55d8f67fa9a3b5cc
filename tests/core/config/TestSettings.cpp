#include "config/ConnectionConfig.h"
#include "config/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
        QTest::newRow("source label")
            << SettingKey::SourceLabel << QVariant(QStringLiteral("viciprov"));
        QTest::newRow("method is POST") << SettingKey::Method << QVariant(QStringLiteral("post"));
        QTest::newRow("concurrency 4") << SettingKey::Concurrency << QVariant(4);
        QTest::newRow("timeout 30 s") << SettingKey::TimeoutSeconds << QVariant(30);
        QTest::newRow("latin mode") << SettingKey::NonLatin << QVariant(false);
        QTest::newRow("protocol SIP")
            << SettingKey::DefaultProtocol << QVariant(QStringLiteral("SIP"));
        QTest::newRow("time zone -5.00")
            << SettingKey::DefaultLocalGmt << QVariant(QStringLiteral("-5.00"));
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
            QVERIFY2(!name.contains(QLatin1String("assword"), Qt::CaseInsensitive),
                     qPrintable(name));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(Settings::keyName(SettingKey::ServerUrl), QStringLiteral("connection/serverUrl"));
    }

    void setEmitsOnlyWhenTheValueChanges()
    {
        auto settings = Settings::createTemporary();
        QSignalSpy spy(settings.get(), &Settings::changed);
        settings->setValue(SettingKey::ServerUrl, QStringLiteral("https://d.example.com/"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<SettingKey>(), SettingKey::ServerUrl);
        settings->setValue(SettingKey::ServerUrl, QStringLiteral("https://d.example.com/"));
        QCOMPARE(spy.size(), 1);
        settings->setValue(SettingKey::ServerUrl, QStringLiteral(" https://d.example.com/ "));
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
            << SettingKey::Concurrency << QVariant(QStringLiteral("3")) << QVariant(3);
        QTest::newRow("concurrency garbage")
            << SettingKey::Concurrency << QVariant(QStringLiteral("many")) << QVariant(4);
        QTest::newRow("timeout below 5")
            << SettingKey::TimeoutSeconds << QVariant(1) << QVariant(5);
        QTest::newRow("timeout above 300")
            << SettingKey::TimeoutSeconds << QVariant(3600) << QVariant(300);
        QTest::newRow("method in capitals") << SettingKey::Method << QVariant(QStringLiteral("GET"))
                                            << QVariant(QStringLiteral("get"));
        QTest::newRow("unknown method") << SettingKey::Method << QVariant(QStringLiteral("PUT"))
                                        << QVariant(QStringLiteral("post"));
        QTest::newRow("non-latin as text")
            << SettingKey::NonLatin << QVariant(QStringLiteral("true")) << QVariant(true);
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
        const QString file = dir.filePath(QStringLiteral("raw.ini"));
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("meta/version"), Settings::currentVersion());
            raw.setValue(Settings::keyName(key), stored);
        }
        Settings fromFile(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(fromFile.value(key), read);
    }

    void recentServerIpsKeepTenMostRecentFirst()
    {
        auto settings = Settings::createTemporary();
        for (int i = 1; i <= 12; ++i)
            settings->addRecentServerIp(QStringLiteral("10.0.0.%1").arg(i));
        settings->addRecentServerIp(QStringLiteral("10.0.0.5"));
        const QStringList ips = settings->value(SettingKey::RecentServerIps).toStringList();
        QCOMPARE(ips.size(), 10);
        QCOMPARE(ips.first(), QStringLiteral("10.0.0.5"));
        QCOMPARE(ips.at(1), QStringLiteral("10.0.0.12"));
        QCOMPARE(ips.count(QStringLiteral("10.0.0.5")), 1);
        QVERIFY(!ips.contains(QStringLiteral("10.0.0.1")));
    }

    void valuesSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
            settings.setValue(SettingKey::ApiUser, QStringLiteral("apiadmin"));
            settings.setValue(SettingKey::RecentServerIps, QStringList{QStringLiteral("10.0.0.1")});
            settings.setValue(SettingKey::NonLatin, true);
            settings.setValue(SettingKey::MainWindowGeometry, QByteArray("\x01\x02\xff", 3));
        }
        Settings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(settings.value(SettingKey::ApiUser), QVariant(QStringLiteral("apiadmin")));
        QCOMPARE(settings.value(SettingKey::RecentServerIps),
                 QVariant(QStringList{QStringLiteral("10.0.0.1")}));
        QCOMPARE(settings.value(SettingKey::NonLatin), QVariant(true));
        QCOMPARE(settings.value(SettingKey::MainWindowGeometry),
                 QVariant(QByteArray("\x01\x02\xff", 3)));
    }

    void migratesVersion0Keys()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("v0.ini"));
        {
            QSettings v0(file, QSettings::IniFormat);
            v0.setValue(QStringLiteral("server"), QStringLiteral("https://old.example.com/"));
            v0.setValue(QStringLiteral("user"), QStringLiteral("olduser"));
            v0.setValue(QStringLiteral("method"), QStringLiteral("GET"));
            v0.setValue(QStringLiteral("password"), QStringLiteral("plain-text-pw"));
        }
        {
            Settings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
            QCOMPARE(settings.version(), Settings::currentVersion());
            QCOMPARE(settings.value(SettingKey::ServerUrl),
                     QVariant(QStringLiteral("https://old.example.com/")));
            QCOMPARE(settings.value(SettingKey::ApiUser), QVariant(QStringLiteral("olduser")));
            QCOMPARE(settings.value(SettingKey::Method), QVariant(QStringLiteral("get")));
        }
        QSettings after(file, QSettings::IniFormat);
        QVERIFY(!after.contains(QStringLiteral("server")));
        QVERIFY(!after.contains(QStringLiteral("user")));
        QVERIFY(!after.contains(QStringLiteral("password")));
        QCOMPARE(after.value(QStringLiteral("connection/serverUrl")).toString(),
                 QStringLiteral("https://old.example.com/"));
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("plain-text-pw"));
    }

    void migrationKeepsANewerValue()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mixed.ini"));
        {
            QSettings mixed(file, QSettings::IniFormat);
            mixed.setValue(QStringLiteral("server"), QStringLiteral("https://old.example.com/"));
            mixed.setValue(QStringLiteral("connection/serverUrl"),
                           QStringLiteral("https://new.example.com/"));
        }
        Settings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(settings.value(SettingKey::ServerUrl),
                 QVariant(QStringLiteral("https://new.example.com/")));
    }

    void temporaryInstanceLeavesNoFileBehind()
    {
        QString file;
        {
            auto settings = Settings::createTemporary();
            settings->setValue(SettingKey::ApiUser, QStringLiteral("someone"));
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
        auto demo = Settings::createDefault(QStringLiteral("demo"));
        QVERIFY(normal->fileName() != demo->fileName());
        QVERIFY(demo->fileName().contains(QLatin1String("viciprov-demo")));
        QVERIFY(normal->fileName().contains(QLatin1String("ViciProvisioner")));
        QVERIFY2(normal->fileName().contains(QLatin1String("qttest")),
                 qPrintable(normal->fileName()));
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
        const QString prod = QStringLiteral("prod.example.com/vicidial/non_agent_api.php");
        const QString staging = QStringLiteral("staging.example.com/vicidial/non_agent_api.php");
        settings->setSystemName(prod, QStringLiteral(" Production "));
        settings->setSystemName(staging, QStringLiteral("Staging"));
        QCOMPARE(settings->systemName(prod), QStringLiteral("Production"));
        QCOMPARE(settings->systemName(staging), QStringLiteral("Staging"));
        QVERIFY(settings->systemName(QStringLiteral("other/vicidial/non_agent_api.php")).isEmpty());

        settings->setValue(SettingKey::ServerUrl, QStringLiteral("https://staging.example.com/"));
        QCOMPARE(connectionFromSettings(*settings, QString()).systemName,
                 QStringLiteral("Staging"));
        settings->setValue(SettingKey::ServerUrl, QStringLiteral("dialer2.example.com"));
        QVERIFY(connectionFromSettings(*settings, QString()).systemName.isEmpty());

        settings->setSystemName(prod, QString()); // removed
        QVERIFY(settings->systemName(prod).isEmpty());
        QCOMPARE(settings->systemName(staging), QStringLiteral("Staging"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
