#include "config/SecretStore.h"

#include <qt6keychain/keychain.h>
#include <QTimer>

namespace vp {

namespace {
// Callbacks never run inside read()/write(): callers can rely on one order.
template<typename Callback, typename... Args>
void later(QObject *context, Callback done, Args... args)
{
    if (!done)
        return;
    QTimer::singleShot(0, context, [done = std::move(done), args...] { done(args...); });
}
} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QString &serverUrl, const QString &apiUser)
{
    QString url = serverUrl.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return apiUser.trimmed() + QLatin1Char('@') + url;
}

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    const auto found = m_secrets.constFind(key);
    const std::optional<QString> secret =
        found == m_secrets.constEnd() ? std::nullopt : std::optional<QString>(*found);
    later(this, std::move(done), secret, QString());
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    m_secrets.insert(key, secret);
    later(this, std::move(done), false, QString());
}

void MemorySecretStore::remove(const QString &key, WriteCallback done)
{
    m_secrets.remove(key);
    later(this, std::move(done), false, QString());
}

QString MemorySecretStore::description() const
{
    return tr("this session only");
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::description() const
{
    return m_persistent ? tr("system keychain") : tr("this session only (no keychain available)");
}

void KeychainSecretStore::fallBack(const QString &error)
{
    m_keychainError = error;
    if (!m_persistent)
        return;
    m_persistent = false;
    emit persistenceChanged(false);
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    if (!m_persistent || m_memory.contains(key)) {
        const auto found = m_memory.constFind(key);
        later(this, std::move(done),
              found == m_memory.constEnd() ? std::nullopt : std::optional<QString>(*found),
              QString());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, done = std::move(done)](QKeychain::Job *finished) {
                auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
                std::optional<QString> secret;
                if (readJob->error() == QKeychain::NoError) {
                    secret = readJob->textData();
                    m_memory.insert(key, *secret);
                } else if (readJob->error() != QKeychain::EntryNotFound) {
                    fallBack(readJob->errorString());
                    // Not a failure for the caller: there is simply no stored
                    // secret, and description() now says why.
                    const auto found = m_memory.constFind(key);
                    if (found != m_memory.constEnd())
                        secret = *found;
                }
                if (done)
                    done(secret, QString());
            });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    m_memory.insert(key, secret);
    if (!m_persistent) {
        later(this, std::move(done), false, QString());
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [this, done = std::move(done)](QKeychain::Job *finished) {
                const bool persisted = finished->error() == QKeychain::NoError;
                QString error;
                if (!persisted) {
                    fallBack(finished->errorString());
                    error = tr("The system keychain is not available (%1): the password is kept "
                               "for this session only.")
                                .arg(m_keychainError);
                }
                if (done)
                    done(persisted, error);
            });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteCallback done)
{
    m_memory.remove(key);
    if (!m_persistent) {
        later(this, std::move(done), false, QString());
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, done = std::move(done)](QKeychain::Job *finished) {
                const bool ok = finished->error() == QKeychain::NoError ||
                                finished->error() == QKeychain::EntryNotFound;
                QString error;
                if (!ok) {
                    fallBack(finished->errorString());
                    // The old password may still be in the keychain: say so.
                    error = tr("Could not remove the password from the system keychain (%1).")
                                .arg(m_keychainError);
                }
                if (done)
                    done(ok, error);
            });
    job->start();
}

} // namespace vp
