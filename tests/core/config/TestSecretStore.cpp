#include "config/SecretStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace vp;

namespace {

// Runs the store's asynchronous calls to completion, as a caller's event loop would.
struct ReadResult
{
    bool called = false;
    std::optional<QString> secret;
    QString error;
};

struct WriteResult
{
    bool called = false;
    bool persisted = true;
    QString error;
};

ReadResult readNow(SecretStore &store, const QString &key)
{
    ReadResult result;
    store.read(key, [&result](std::optional<QString> secret, QString error) {
        result = {true, std::move(secret), std::move(error)};
    });
    static_cast<void>(QTest::qWaitFor([&result] { return result.called; }, 60000));
    return result;
}

WriteResult writeNow(SecretStore &store, const QString &key, const QString &secret)
{
    WriteResult result;
    store.write(key, secret, [&result](bool persisted, QString error) {
        result = {true, persisted, std::move(error)};
    });
    static_cast<void>(QTest::qWaitFor([&result] { return result.called; }, 60000));
    return result;
}

WriteResult removeNow(SecretStore &store, const QString &key)
{
    WriteResult result;
    store.remove(key, [&result](bool persisted, QString error) {
        result = {true, persisted, std::move(error)};
    });
    static_cast<void>(QTest::qWaitFor([&result] { return result.called; }, 60000));
    return result;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void keyFor_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << "https://d.example.com/vicidial/non_agent_api.php"
                               << "api"
                               << "api@https://d.example.com/vicidial/non_agent_api.php";
        QTest::newRow("spaces and trailing slashes are ignored")
            << " https://d.example.com/vicidial// "
            << " api "
            << "api@https://d.example.com/vicidial";
    }

    void keyFor()
    {
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, key);
        QCOMPARE(SecretStore::keyFor(url, user), key);
    }

    void keysOfDifferentAccountsDiffer()
    {
        const QString url = QStringLiteral("https://d.example.com/");
        QVERIFY(SecretStore::keyFor(url, QStringLiteral("a")) !=
                SecretStore::keyFor(url, QStringLiteral("b")));
        QVERIFY(SecretStore::keyFor(url, QStringLiteral("a")) !=
                SecretStore::keyFor(QStringLiteral("https://e.example.com/"), QStringLiteral("a")));
    }

    void memoryStoreKeepsSecretsForTheRun()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.description().isEmpty());
        const QString key =
            SecretStore::keyFor(QStringLiteral("https://d/"), QStringLiteral("api"));

        ReadResult missing = readNow(store, key);
        QVERIFY(missing.called);
        QVERIFY(!missing.secret);
        QVERIFY(missing.error.isEmpty());

        const WriteResult written = writeNow(store, key, QStringLiteral("s3cret"));
        QVERIFY(written.called);
        QVERIFY(!written.persisted);
        QVERIFY(written.error.isEmpty());
        QCOMPARE(readNow(store, key).secret, std::optional<QString>(QStringLiteral("s3cret")));
        QVERIFY(!readNow(store, QStringLiteral("other")).secret);

        writeNow(store, key, QStringLiteral("changed"));
        QCOMPARE(readNow(store, key).secret, std::optional<QString>(QStringLiteral("changed")));
        QVERIFY(removeNow(store, key).called);
        QVERIFY(!readNow(store, key).secret);
    }

    void callbacksRunLaterNotInsideTheCall()
    {
        MemorySecretStore store;
        bool called = false;
        store.write(QStringLiteral("k"), QStringLiteral("v"),
                    [&called](bool, QString) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        called = false;
        store.read(QStringLiteral("k"),
                   [&called](std::optional<QString>, QString) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    // This machine (like every CI run) has no unlocked secret service on a
    // D-Bus session: the keychain store must fall back to memory and say so.
    void keychainStoreFallsBackToMemoryWithoutAKeychain()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        KeychainSecretStore store(QStringLiteral("ViciProvisioner-test"));
        QSignalSpy persistence(&store, &KeychainSecretStore::persistenceChanged);
        QVERIFY(store.isPersistent());
        const QString persistentDescription = store.description();
        const QString key =
            SecretStore::keyFor(QStringLiteral("https://d/"), QStringLiteral("api"));

        QElapsedTimer timer;
        timer.start();
        const WriteResult written = writeNow(store, key, QStringLiteral("pw-123"));
        qInfo("keychain write answered in %lld ms: persisted=%d error=%s", timer.elapsed(),
              written.persisted, qPrintable(written.error));
        QVERIFY(written.called);
        QVERIFY(!written.persisted);
        QVERIFY(!written.error.isEmpty());
        QVERIFY(!store.isPersistent());
        QCOMPARE(persistence.size(), 1);
        QCOMPARE(persistence.at(0).at(0).toBool(), false);
        QVERIFY(!store.keychainError().isEmpty());
        QVERIFY(store.description() != persistentDescription);
        QVERIFY(store.description().contains(QLatin1String("session")));

        // The password is still there for this run.
        const ReadResult back = readNow(store, key);
        QVERIFY(back.error.isEmpty());
        QCOMPARE(back.secret, std::optional<QString>(QStringLiteral("pw-123")));
        const WriteResult second = writeNow(store, key, QStringLiteral("pw-456"));
        QVERIFY(!second.persisted);
        QCOMPARE(readNow(store, key).secret, std::optional<QString>(QStringLiteral("pw-456")));
        QCOMPARE(persistence.size(), 1); // said once
        removeNow(store, key);
        QVERIFY(!readNow(store, key).secret);
    }

    void keychainReadWithoutAKeychainIsNotAnError()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        KeychainSecretStore store(QStringLiteral("ViciProvisioner-test"));
        QSignalSpy persistence(&store, &KeychainSecretStore::persistenceChanged);
        const ReadResult result = readNow(store, QStringLiteral("nobody@https://nowhere/"));
        QVERIFY(result.called);
        QVERIFY(!result.secret);
        QVERIFY(result.error.isEmpty());
        QVERIFY(!store.isPersistent());
        QCOMPARE(persistence.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
