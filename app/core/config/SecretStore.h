// Where the API password is kept: the system keychain when one works,
// otherwise memory for this run only. Callers see one asynchronous interface;
// callbacks always run later from the event loop, never inside the call.
#pragma once

#include <functional>
#include <optional>
#include <QHash>
#include <QObject>
#include <QString>

namespace vp {

using namespace Qt::StringLiterals;

class SecretStore : public QObject
{
    Q_OBJECT
public:
    // secret is nullopt when nothing is stored under the key; error is
    // non-empty only when the store could not answer at all.
    using ReadCallback = std::function<void(std::optional<QString> secret, QString error)>;
    // persisted: the secret outlives this run (false for a memory store).
    using WriteCallback = std::function<void(bool persisted, QString error)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteCallback done) = 0;
    virtual void remove(const QString &key, WriteCallback done) = 0;
    virtual bool isPersistent() const = 0;   // false: kept for this run only
    virtual QString description() const = 0; // translated, for the settings dialog

    // One key per API account: "apiUser@serverUrl" (both trimmed, the URL
    // without trailing slashes).
    static QString keyFor(const QString &serverUrl, const QString &apiUser);
};

// Keeps secrets in this process's memory only.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    bool isPersistent() const override { return false; }
    QString description() const override;

private:
    QHash<QString, QString> m_secrets;
};

// The system keychain through QtKeychain. On any keychain error (no D-Bus, no
// secret service, locked collection) it keeps secrets in memory for this run,
// emits persistenceChanged(false) once and from then on does not try the
// keychain again.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service = u"ViciProvisioner"_s,
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    bool isPersistent() const override { return m_persistent; }
    QString description() const override;
    // Why the keychain is not used (empty while it works).
    QString keychainError() const { return m_keychainError; }

signals:
    void persistenceChanged(bool persistent);

private:
    void fallBack(const QString &error);

    QString m_service;
    bool m_persistent = true;
    QString m_keychainError;
    // Also a cache while the keychain works, so a later keychain failure
    // does not lose a password given in this run.
    QHash<QString, QString> m_memory;
};

} // namespace vp
