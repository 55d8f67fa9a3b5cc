#include "config/SecretStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

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
        const QString url = u"https://d.example.com/"_s;
        QVERIFY(SecretStore::keyFor(url, u"a"_s) != SecretStore::keyFor(url, u"b"_s));
        QVERIFY(SecretStore::keyFor(url, u"a"_s) !=
                SecretStore::keyFor(u"https://e.example.com/"_s, u"a"_s));
    }

    void memoryStoreKeepsSecretsForTheRun()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.description().isEmpty());
        const QString key = SecretStore::keyFor(u"https://d/"_s, u"api"_s);

        ReadResult missing = readNow(store, key);
        QVERIFY(missing.called);
        QVERIFY(!missing.secret);
        QVERIFY(missing.error.isEmpty());

        const WriteResult written = writeNow(store, key, u"s3cret"_s);
        QVERIFY(written.called);
        QVERIFY(!written.persisted);
        QVERIFY(written.error.isEmpty());
        QCOMPARE(readNow(store, key).secret, std::optional<QString>(u"s3cret"_s));
        QVERIFY(!readNow(store, u"other"_s).secret);

        writeNow(store, key, u"changed"_s);
        QCOMPARE(readNow(store, key).secret, std::optional<QString>(u"changed"_s));
        QVERIFY(removeNow(store, key).called);
        QVERIFY(!readNow(store, key).secret);
    }

    void callbacksRunLaterNotInsideTheCall()
    {
        MemorySecretStore store;
        bool called = false;
        store.write(u"k"_s, u"v"_s, [&called](bool, QString) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        called = false;
        store.read(u"k"_s, [&called](std::optional<QString>, QString) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    // This machine (like every CI run) has no unlocked secret service on a
    // D-Bus session: the keychain store must fall back to memory and say so.
    void keychainStoreFallsBackToMemoryWithoutAKeychain()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        KeychainSecretStore store(u"ViciProvisioner-test"_s);
        QSignalSpy persistence(&store, &KeychainSecretStore::persistenceChanged);
        QVERIFY(store.isPersistent());
        const QString persistentDescription = store.description();
        const QString key = SecretStore::keyFor(u"https://d/"_s, u"api"_s);

        QElapsedTimer timer;
        timer.start();
        const WriteResult written = writeNow(store, key, u"pw-123"_s);
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
        QVERIFY(store.description().contains("session"_L1));

        // The password is still there for this run.
        const ReadResult back = readNow(store, key);
        QVERIFY(back.error.isEmpty());
        QCOMPARE(back.secret, std::optional<QString>(u"pw-123"_s));
        const WriteResult second = writeNow(store, key, u"pw-456"_s);
        QVERIFY(!second.persisted);
        QCOMPARE(readNow(store, key).secret, std::optional<QString>(u"pw-456"_s));
        QCOMPARE(persistence.size(), 1); // said once
        removeNow(store, key);
        QVERIFY(!readNow(store, key).secret);
    }

    void keychainReadWithoutAKeychainIsNotAnError()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        KeychainSecretStore store(u"ViciProvisioner-test"_s);
        QSignalSpy persistence(&store, &KeychainSecretStore::persistenceChanged);
        const ReadResult result = readNow(store, u"nobody@https://nowhere/"_s);
        QVERIFY(result.called);
        QVERIFY(!result.secret);
        QVERIFY(result.error.isEmpty());
        QVERIFY(!store.isPersistent());
        QCOMPARE(persistence.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
