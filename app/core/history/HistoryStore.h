// The attempt history: every API request is written before it is sent and
// completed when it ends, in an SQLite file (WAL) that the desktop app and the
// command-line tool can use at the same time. Passwords are never written.
//
// One instance owns one named database connection and must be used from the
// thread that opened it.
#pragma once

#include "history/HistoryLocation.h"
#include "history/HistoryTypes.h"
#include "history/KnownPhones.h"
#include "model/VicidialSystem.h"

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QIODevice;

namespace vp {

class HistoryStore
{
    // Gives lupdate and the program the same context for tr() in the members
    // and in Private.
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Creates the file (and its folder) or migrates an older schema. A file the
    // process may not write is still opened for reading; writes then fail.
    bool open(const QString &path, QString *error = nullptr);
    bool openInMemory(QString *error = nullptr);
    // A local file (location.path, or defaultPath() when empty) or a shared
    // database on a server (team mode), with the database password (from the
    // keychain or an environment variable; unused for a local file). Creates
    // or upgrades the schema under the database's lock; refuses a schema newer
    // than this program with a message saying so.
    bool open(const HistoryLocation &location, const QString &password, QString *error = nullptr);
    HistoryLocation location() const;
    bool isShared() const;
    void close();
    bool isOpen() const;
    QString path() const;

    // AppDataLocation/history.sqlite; another profile ("demo") gets history-<profile>.sqlite.
    static QString defaultPath(const QString &profile = {});
    int schemaVersion() const;
    static int currentSchemaVersion();

    // Write-ahead: called BEFORE the request is sent; returns the new id, or -1
    // (see lastError()), and then the caller must not send.
    // Team mode: kClaimed when another program sharing the history has a
    // request in flight for the same phone or login (claimHolder() says who);
    // nothing was written, and the request must wait.
    qint64 recordStart(const HistoryAttempt &attempt);
    static constexpr qint64 kClaimed = -2;
    QString claimHolder() const;
    bool recordFinish(qint64 id, Outcome outcome, int httpStatus, const QString &message,
                      const QString &redactedReply, qint64 durationMs, bool verify = false);
    // Group commit: the writes between beginGroup() and commitGroup() share one
    // transaction, so a reply's result and the next request's write-ahead row
    // cost one commit instead of two. A write-ahead row is durable only once
    // commitGroup() returned true: the request must not leave before. On
    // failure commitGroup() rolls the whole group back (lastError()).
    bool beginGroup();
    bool commitGroup();
    bool inGroup() const;
    // Rows left "sending" by a process that is gone (crash, kill) become finished
    // with Outcome::Interrupted. Rows of another live process sharing the file are
    // left alone. Returns how many were marked; call on start-up.
    int markInterrupted();
    // This process's session (empty while closed) and whether a session's
    // process still lives (this one included). Other records kept beside the
    // history (the batch journal) name their owner by session.
    QString sessionId() const;
    bool isSessionAlive(const QString &sessionId) const;

    QList<HistoryAttempt> query(const HistoryFilter &filter, int offset,
                                int limit) const; // newest first
    int count(const HistoryFilter &filter) const;
    std::optional<HistoryAttempt> attempt(qint64 id) const;
    // Header row, RFC 4180 quoting, CRLF, UTF-8 without BOM; cells starting with
    // = + - @ (or tab / CR) get a leading ' so spreadsheets do not run them.
    bool exportCsv(const HistoryFilter &filter, QIODevice *out, QString *error = nullptr) const;

    // Duplicate knowledge for forms and imports (outcome "added" only), on one
    // VICIdial system: a phone added on one system says nothing of another.
    bool wasAdded(const VicidialSystem &system, const QString &extension,
                  const QString &serverIp) const; // extension without case
    bool loginWasAdded(const VicidialSystem &system, const QString &login) const;
    QSet<QString> addedExtensionKeys(const VicidialSystem &system) const; // extensionKey() form
    QSet<QString> addedLoginKeys(const VicidialSystem &system) const;     // loginKey() form
    // The latest attempt per row (extension key) and function of a batch, in
    // the order the rows were first sent: an inactive phone's row gives its
    // add_phone and its update_phone attempt.
    QList<HistoryAttempt> batchAttempts(const QString &batchId) const;
    QStringList batches(int limit = 50) const; // newest first
    // Every VICIdial system with attempts, with the latest name given to it.
    QList<VicidialSystem> systems() const;
    // Every phone the tool created (or may have created) or changed on that
    // system, in the order first seen, with its last known state
    // (KnownPhones.cpp). Nothing recorded on another system counts.
    QList<KnownPhone> knownPhones(const VicidialSystem &system) const;

    QString lastError() const;
    // A shared database that stopped answering (restart, network): true when
    // it answers again (connecting anew if needed; the same session), after
    // writing the results kept while it was gone. Always true for a file.
    bool reconnect(QString *error = nullptr);
    // Results the database could not take yet (written by reconnect()).
    int unsavedResults() const;

    // Changes when attempts are written by anyone sharing the history (a new
    // attempt, or one finishing): an open history window polls it.
    QString changeStamp() const;
    // The distinct non-empty values of "who did it" (for the history window's
    // filters), sorted.
    QStringList osUsers() const;
    QStringList machines() const;
    QStringList apiUsers() const;
    // This process's operating-system user and machine, as recorded.
    static QString currentOsUser();
    static QString currentMachine();

    // Copies every attempt, batch and session of this history into target
    // (viciprov-cli history --copy-to): a shared database when a team moves
    // to one. Idempotent: what was copied before (copied_attempts, batch ids)
    // is skipped. attempts/batches: how many were copied this time.
    bool copyInto(HistoryStore &target, int *attempts, int *batches, QString *error);

    // A second connection to the same shared database (the batch journal's).
    QSqlDatabase openSibling(const QString &connectionName, QString *error) const;
    // The name of this store's Qt Sql connection (it changes when reconnect()
    // connects anew; kept while a lost server left it closed): another thread
    // clones it by name (HistoryWatcher).
    QString connectionName() const;

    struct Private;

private:
    bool openConnection(const QString &databaseName, bool inMemory, QString *error);

    std::unique_ptr<Private> m_d;
};

} // namespace vp
