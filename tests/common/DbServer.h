// A private database server for a test: MariaDB or PostgreSQL in a temporary
// data directory, on a free loopback port, never the system's service. It
// has a database "viciprov" owned by a user with only the rights the user
// guide asks for, and a read-only "auditor". Stopped and removed with the
// object; a crashed test takes it along (parent-death signal).
#pragma once

#include <memory>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace vp::test {

class DbServer
{
public:
    enum class Engine
    {
        MariaDb,
        PostgreSql,
    };

    // Nullptr with *error saying why (missing programs or driver, start failed).
    static std::unique_ptr<DbServer> start(Engine engine, QString *error);
    // The same, serving TLS only with a certificate for 127.0.0.1 signed by a
    // certificate authority of its own (caFile()); needs the openssl program.
    static std::unique_ptr<DbServer> startWithTls(Engine engine, QString *error);
    // A MariaDB (servers[0]) and a PostgreSQL (servers[1]), for tests that run
    // on both engines; empty when both started, else why not.
    static QString startEach(std::unique_ptr<DbServer> (&servers)[2]);
    // The programs and Qt's driver are installed (else why).
    static bool available(Engine engine, QString *why);
    ~DbServer();

    Engine engine() const { return m_engine; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString database() const { return QStringLiteral("viciprov"); }
    QString user() const { return QStringLiteral("viciprov"); }
    QString password() const { return m_password; }
    QString auditorUser() const { return QStringLiteral("auditor"); }
    QString auditorPassword() const { return m_auditorPassword; }
    QString dataDirectory() const { return m_dataDir; }
    // The certificate authority of a TLS server (empty without TLS).
    QString caFile() const { return m_caFile; }
    // mysql://viciprov@127.0.0.1:PORT/viciprov or postgresql://...
    QString url() const;
    QString driverName() const;

    bool isRunning() const;
    bool stop();                  // clean shutdown
    bool kill();                  // SIGKILL, as a crash
    bool restart(QString *error); // same data directory and port
    // SQL as the superuser through the command-line client; its output
    // (tab-separated, no headers).
    // In `database` (default: the history's).
    QString superuserSql(const QString &sql, QString *error,
                         const QString &database = QStringLiteral("viciprov")) const;
    // A new empty database `name` on which the program's user has the rights
    // the user guide lists; its URL (url() with that database), empty on
    // failure (*error says why).
    QString createDatabase(const QString &name, QString *error) const;
    // A full dump of the database (for the secrets audit).
    QByteArray dump(QString *error, const QString &database = QStringLiteral("viciprov")) const;
    QString log() const;

private:
    explicit DbServer(Engine engine);
    static std::unique_ptr<DbServer> start(Engine engine, bool tls, QString *error);
    bool initialise(QString *error);
    bool makeCertificates(QString *error);
    bool launch(QString *error);
    bool waitReady(QString *error);
    bool createUsers(QString *error);
    QStringList asServerUser(const QString &program, const QStringList &arguments) const;
    bool run(const QString &program, const QStringList &arguments, QString *output, QString *error,
             const QByteArray &input = {}) const;

    Engine m_engine;
    QTemporaryDir m_root;
    QString m_dataDir;
    bool m_tls = false;
    QString m_caFile, m_certFile, m_keyFile;
    int m_port = 0;
    QString m_password;
    QString m_auditorPassword;
    std::unique_ptr<QProcess> m_process;
};

} // namespace vp::test
