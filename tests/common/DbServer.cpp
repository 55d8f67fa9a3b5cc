#include "DbServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace vp::test {

namespace {

const QString kPgBin = u"/usr/lib/postgresql/15/bin/"_s;

QString randomPassword()
{
    static const char letters[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 20; ++i)
        password +=
            QLatin1Char(letters[QRandomGenerator::global()->bounded(int(sizeof letters) - 1)]);
    return password;
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

DbServer::DbServer(Engine engine) : m_engine(engine) {}

bool DbServer::available(Engine engine, QString *why)
{
    const bool maria = engine == Engine::MariaDb;
    const QStringList programs =
        maria ? QStringList{u"mariadbd"_s, u"mariadb-install-db"_s, u"mariadb"_s, u"mariadb-dump"_s,
                            u"mariadb-admin"_s}
              : QStringList{kPgBin + u"initdb"_s, kPgBin + u"postgres"_s, u"psql"_s, u"pg_dump"_s};
    for (const QString &program : programs) {
        const bool found =
            program.startsWith(QLatin1Char('/'))
                ? QFile::exists(program)
                : !QStandardPaths::findExecutable(program, {u"/usr/sbin"_s, u"/usr/bin"_s})
                       .isEmpty();
        if (!found) {
            *why = u"%1 is not installed (apt-get install %2)"_s.arg(
                program, maria ? u"mariadb-server mariadb-client"_s : u"postgresql"_s);
            return false;
        }
    }
    const QString driver = maria ? u"QMYSQL"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *why = u"Qt's %1 driver is not installed (apt-get install %2)"_s.arg(
            driver, maria ? u"libqt6sql6-mysql"_s : u"libqt6sql6-psql"_s);
        return false;
    }
    return true;
}

std::unique_ptr<DbServer> DbServer::start(Engine engine, QString *error)
{
    return start(engine, false, error);
}

std::unique_ptr<DbServer> DbServer::startWithTls(Engine engine, QString *error)
{
    return start(engine, true, error);
}

std::unique_ptr<DbServer> DbServer::start(Engine engine, bool tls, QString *error)
{
    if (!available(engine, error))
        return nullptr;
    std::unique_ptr<DbServer> server(new DbServer(engine));
    if (!server->m_root.isValid()) {
        *error = u"no temporary directory"_s;
        return nullptr;
    }
    server->m_tls = tls;
    server->m_dataDir = server->m_root.path() + u"/data"_s;
    server->m_password = randomPassword();
    server->m_auditorPassword = randomPassword();
    for (int tries = 0; tries < 3; ++tries) {
        server->m_port = freePort();
        QString problem;
        if (tries == 0 &&
            (!server->initialise(&problem) || (tls && !server->makeCertificates(&problem)))) {
            *error = problem + u"\n"_s + server->log();
            return nullptr;
        }
        if (server->launch(&problem) && server->waitReady(&problem)) {
            if (!server->createUsers(&problem)) {
                *error = problem + u"\n"_s + server->log();
                return nullptr;
            }
            return server;
        }
        server->kill();
        *error = problem + u"\n"_s + server->log();
    }
    return nullptr;
}

QString DbServer::startEach(std::unique_ptr<DbServer> (&servers)[2])
{
    for (int i = 0; i < 2; ++i) {
        QString error;
        servers[i] = start(i == 0 ? Engine::MariaDb : Engine::PostgreSql, &error);
        if (!servers[i])
            return error;
    }
    return {};
}

DbServer::~DbServer()
{
    if (isRunning() && !stop())
        kill();
}

QString DbServer::url() const
{
    return u"%1://viciprov@127.0.0.1:%2/viciprov"_s.arg(
        m_engine == Engine::MariaDb ? u"mysql"_s : u"postgresql"_s, QString::number(m_port));
}

QString DbServer::createDatabase(const QString &name, QString *error) const
{
    const bool maria = m_engine == Engine::MariaDb;
    const QString sql = maria ? u"CREATE DATABASE %1 CHARACTER SET utf8mb4; GRANT SELECT, INSERT,"
                                " UPDATE, DELETE, CREATE, ALTER, INDEX, DROP ON %1.* TO"
                                " 'viciprov'@'127.0.0.1';"_s.arg(name)
                              : u"CREATE DATABASE %1 OWNER viciprov"_s.arg(name);
    QString problem;
    superuserSql(sql, &problem, maria ? u"mysql"_s : u"postgres"_s);
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    QString address = url();
    return address.left(address.lastIndexOf(QLatin1Char('/')) + 1) + name;
}

QString DbServer::driverName() const
{
    return m_engine == Engine::MariaDb ? u"QMYSQL"_s : u"QPSQL"_s;
}

QString DbServer::log() const
{
    QFile file(m_root.path() + u"/server.log"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll().right(12000));
}

// PostgreSQL refuses to run as root: as root, its programs run as "postgres".
QStringList DbServer::asServerUser(const QString &program, const QStringList &arguments) const
{
    if (m_engine == Engine::PostgreSql && isRoot())
        return QStringList{u"runuser"_s, u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments;
    return QStringList{program} + arguments;
}

bool DbServer::run(const QString &program, const QStringList &arguments, QString *output,
                   QString *error, const QByteArray &input) const
{
    const QStringList command = asServerUser(program, arguments);
    QProcess process;
    process.setProgram(command.first());
    process.setArguments(command.mid(1));
    process.start();
    if (!process.waitForStarted(10000)) {
        *error = u"%1 did not start: %2"_s.arg(program, process.errorString());
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        *error = u"%1 did not finish"_s.arg(program);
        return false;
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error =
            u"%1 failed: %2"_s.arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool DbServer::initialise(QString *error)
{
    if (m_engine == Engine::MariaDb) {
        return run(u"mariadb-install-db"_s,
                   {u"--no-defaults"_s, u"--datadir="_s + m_dataDir,
                    u"--auth-root-authentication-method=normal"_s,
                    u"--user="_s + QString::fromLocal8Bit(
                                       qgetenv("USER").isEmpty() ? "root" : qgetenv("USER")),
                    u"--skip-test-db"_s,
                    // Its own temporary files: two tests installing at once
                    // must not meet in /tmp.
                    u"--tmpdir="_s + m_root.path()},
                   nullptr, error);
    }
    QDir().mkpath(m_dataDir);
    if (isRoot()) {
        // The postgres user must reach and own the data directory.
        QFile::setPermissions(m_root.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ExeOther |
                                                 QFileDevice::ReadOther);
        if (QProcess::execute(u"chown"_s, {u"postgres:postgres"_s, m_dataDir}) != 0) {
            *error = u"could not give %1 to the postgres user"_s.arg(m_dataDir);
            return false;
        }
    }
    return run(kPgBin + u"initdb"_s,
               {u"-D"_s, m_dataDir, u"-U"_s, u"postgres"_s, u"--auth-local=trust"_s,
                u"--auth-host=scram-sha-256"_s, u"-E"_s, u"UTF8"_s, u"--no-sync"_s},
               nullptr, error);
}

// A certificate authority and a server certificate for 127.0.0.1 (the
// address the tests connect to, checked by PostgreSQL's verify-full).
bool DbServer::makeCertificates(QString *error)
{
    const QString dir = m_root.path() + u"/tls"_s;
    QDir().mkpath(dir);
    m_caFile = dir + u"/ca.pem"_s;
    m_certFile = dir + u"/server.pem"_s;
    m_keyFile = dir + u"/server-key.pem"_s;
    QFile extensions(dir + u"/san.cnf"_s);
    if (!extensions.open(QIODevice::WriteOnly) ||
        extensions.write("subjectAltName=IP:127.0.0.1\n") < 0) {
        *error = u"could not write %1"_s.arg(extensions.fileName());
        return false;
    }
    extensions.close();
    const QList<QStringList> steps = {
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
         u"-subj"_s, u"/CN=viciprov test CA"_s, u"-keyout"_s, dir + u"/ca-key.pem"_s, u"-out"_s,
         m_caFile},
        {u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
         u"-keyout"_s, m_keyFile, u"-out"_s, dir + u"/server.csr"_s},
        {u"x509"_s, u"-req"_s, u"-in"_s, dir + u"/server.csr"_s, u"-CA"_s, m_caFile, u"-CAkey"_s,
         dir + u"/ca-key.pem"_s, u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s,
         extensions.fileName(), u"-out"_s, m_certFile},
    };
    for (const QStringList &step : steps) {
        QProcess openssl;
        openssl.start(u"openssl"_s, step);
        if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0) {
            *error = u"openssl %1 failed: %2 %3"_s.arg(
                step.first(), openssl.errorString(),
                QString::fromLocal8Bit(openssl.readAllStandardError()));
            return false;
        }
    }
    if (m_engine == Engine::PostgreSql && isRoot()) {
        // PostgreSQL reads its key as "postgres" and wants it private.
        if (QProcess::execute(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, dir}) != 0) {
            *error = u"could not give %1 to the postgres user"_s.arg(dir);
            return false;
        }
    }
    QFile::setPermissions(m_keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool DbServer::launch(QString *error)
{
    QStringList command;
    if (m_engine == Engine::MariaDb) {
        command = {u"mariadbd"_s,
                   u"--no-defaults"_s,
                   u"--datadir="_s + m_dataDir,
                   u"--socket="_s + m_dataDir + u"/sock"_s,
                   u"--port="_s + QString::number(m_port),
                   u"--bind-address=127.0.0.1"_s,
                   u"--pid-file="_s + m_dataDir + u"/pid"_s,
                   u"--skip-name-resolve"_s,
                   u"--innodb-buffer-pool-size=64M"_s,
                   u"--tmpdir="_s + m_root.path()};
        if (m_tls)
            command << u"--ssl-ca="_s + m_caFile << u"--ssl-cert="_s + m_certFile
                    << u"--ssl-key="_s + m_keyFile << u"--require-secure-transport=ON"_s;
        if (isRoot())
            command << u"--user=root"_s;
    } else {
        // Started directly (not through runuser) so that kill() hits the
        // server itself; as root it becomes "postgres" in the child.
        command = {
            kPgBin + u"postgres"_s,  u"-D"_s, m_dataDir,      u"-k"_s, m_dataDir,     u"-p"_s,
            QString::number(m_port), u"-h"_s, u"127.0.0.1"_s, u"-c"_s, u"fsync=off"_s};
        if (m_tls)
            command << u"-c"_s << u"ssl=on"_s << u"-c"_s << u"ssl_cert_file="_s + m_certFile
                    << u"-c"_s << u"ssl_key_file="_s + m_keyFile;
    }
    uid_t uid = ::geteuid();
    gid_t gid = ::getegid();
    if (m_engine == Engine::PostgreSql && isRoot()) {
        if (const passwd *entry = ::getpwnam("postgres")) {
            uid = entry->pw_uid;
            gid = entry->pw_gid;
        }
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(command.first());
    m_process->setArguments(command.mid(1));
    m_process->setStandardOutputFile(m_root.path() + u"/server.log"_s, QIODevice::Append);
    m_process->setStandardErrorFile(m_root.path() + u"/server.log"_s, QIODevice::Append);
    // The server goes with the test, however the test ends.
    m_process->setChildProcessModifier([uid, gid] {
        if (::getegid() != gid)
            (void)!::setgid(gid);
        if (::geteuid() != uid)
            (void)!::setuid(uid);
        // After the change of user, which clears it.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        *error = u"the server did not start: %1"_s.arg(m_process->errorString());
        return false;
    }
    return true;
}

bool DbServer::waitReady(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        if (m_process->state() != QProcess::Running) {
            *error = u"the server stopped while starting"_s;
            return false;
        }
        QString ignored;
        const bool ready =
            m_engine == Engine::MariaDb
                ? run(u"mariadb-admin"_s,
                      {u"--no-defaults"_s, u"--socket="_s + m_dataDir + u"/sock"_s, u"ping"_s},
                      nullptr, &ignored)
                : run(u"pg_isready"_s,
                      {u"-h"_s, m_dataDir, u"-p"_s, QString::number(m_port), u"-q"_s}, nullptr,
                      &ignored);
        if (ready)
            return true;
        QThread::msleep(100);
    }
    *error = u"the server did not answer within a minute"_s;
    return false;
}

bool DbServer::createUsers(QString *error)
{
    // The rights docs/user-guide.md asks for, and an auditor who only reads.
    const QString sql = m_engine == Engine::MariaDb
                            ? u"CREATE DATABASE viciprov CHARACTER SET utf8mb4;"
                              " CREATE USER 'viciprov'@'127.0.0.1' IDENTIFIED BY '%1';"
                              " GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP"
                              " ON viciprov.* TO 'viciprov'@'127.0.0.1';"
                              " CREATE USER 'auditor'@'127.0.0.1' IDENTIFIED BY '%2';"
                              " GRANT SELECT ON viciprov.* TO 'auditor'@'127.0.0.1';"_s
                            : u"CREATE ROLE viciprov LOGIN PASSWORD '%1';"
                              " CREATE DATABASE viciprov OWNER viciprov;"
                              " CREATE ROLE auditor LOGIN PASSWORD '%2';"_s;
    if (superuserSql(sql.arg(m_password, m_auditorPassword), error,
                     m_engine == Engine::MariaDb ? u"mysql"_s : u"postgres"_s)
            .isNull() &&
        !error->isEmpty())
        return false;
    if (m_engine == Engine::PostgreSql) {
        // In the history's database: the auditor reads every table the
        // program creates there, now and later.
        QString output;
        if (!run(u"psql"_s,
                 {u"-h"_s, m_dataDir, u"-p"_s, QString::number(m_port), u"-U"_s, u"postgres"_s,
                  u"-d"_s, u"viciprov"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-At"_s, u"-c"_s,
                  u"GRANT CONNECT ON DATABASE viciprov TO auditor;"
                  " GRANT USAGE ON SCHEMA public TO auditor;"
                  " ALTER DEFAULT PRIVILEGES FOR ROLE viciprov IN SCHEMA public"
                  " GRANT SELECT ON TABLES TO auditor;"_s},
                 &output, error))
            return false;
    }
    error->clear();
    return true;
}

QString DbServer::superuserSql(const QString &sql, QString *error, const QString &database) const
{
    QString output;
    error->clear();
    // Statements one by one (a script, not -c: CREATE DATABASE cannot run in
    // the transaction that -c puts several statements in).
    const bool ok = m_engine == Engine::MariaDb
                        ? run(u"mariadb"_s,
                              {u"--no-defaults"_s, u"--socket="_s + m_dataDir + u"/sock"_s, u"-u"_s,
                               u"root"_s, u"-N"_s, u"-B"_s, database},
                              &output, error, sql.toUtf8())
                        : run(u"psql"_s,
                              {u"-h"_s, m_dataDir, u"-p"_s, QString::number(m_port), u"-U"_s,
                               u"postgres"_s, u"-d"_s, database, u"-v"_s, u"ON_ERROR_STOP=1"_s,
                               u"-At"_s, u"-F"_s, u"\t"_s, u"-f"_s, u"-"_s},
                              &output, error, sql.toUtf8());
    return ok ? output : QString();
}

QByteArray DbServer::dump(QString *error, const QString &database) const
{
    QString output;
    const bool ok = m_engine == Engine::MariaDb
                        ? run(u"mariadb-dump"_s,
                              {u"--no-defaults"_s, u"--socket="_s + m_dataDir + u"/sock"_s, u"-u"_s,
                               u"root"_s, database},
                              &output, error)
                        : run(u"pg_dump"_s,
                              {u"-h"_s, m_dataDir, u"-p"_s, QString::number(m_port), u"-U"_s,
                               u"postgres"_s, database},
                              &output, error);
    return ok ? output.toUtf8() : QByteArray();
}

bool DbServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool DbServer::stop()
{
    if (!isRunning())
        return true;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (m_process->waitForFinished(60000))
        return true;
    return kill();
}

bool DbServer::kill()
{
    if (!isRunning())
        return true;
    // The whole server, as a crash of its machine: PostgreSQL's connection
    // processes would otherwise serve on for a while without their postmaster.
    QProcess::execute(u"pkill"_s, {u"-KILL"_s, u"-P"_s, QString::number(m_process->processId())});
    ::kill(pid_t(m_process->processId()), SIGKILL);
    return m_process->waitForFinished(30000);
}

bool DbServer::restart(QString *error)
{
    if (isRunning() && !stop())
        return false;
    return launch(error) && waitReady(error);
}

} // namespace vp::test
