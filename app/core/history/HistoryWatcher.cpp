#include "history/HistoryWatcher.h"

#include "history/HistoryStore.h"
#include "history/HistoryStorePrivate.h"

#include <QAtomicInteger>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace vp {

// Lives on the watcher's thread and owns the connection used there (Qt Sql
// connections are bound to the thread that opened them).
class HistoryWatcher::Reader : public QObject
{
public:
    explicit Reader(const HistoryLocation &place) : m_place(place)
    {
        static QAtomicInteger<int> counter;
        m_name = u"vp-history-watcher-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
    }
    ~Reader() override { close(); }

    // The stamp read on a clone of source (the store's connection, which
    // changes when the store connects anew); empty when it cannot be read.
    QString stamp(const QString &source)
    {
        if (source != m_source || !m_db.isOpen()) {
            close();
            // The overload by name is the one meant for another thread.
            m_db = QSqlDatabase::cloneDatabase(source, m_name);
            // As the store's own: TLS asked for is never quietly dropped.
            HistoryConnectionCheck::Problem problem;
            QString error;
            if (!historydb::openClone(m_db, m_place, &problem, &error))
                return {};
            m_source = source;
        }
        const QString stamp = historydb::changeStamp(m_db);
        if (stamp.isEmpty())
            close(); // a connection the server dropped: a new one next time
        return stamp;
    }

    void close()
    {
        if (!m_db.isValid())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        m_source.clear();
    }

private:
    const HistoryLocation m_place;
    QString m_name, m_source;
    QSqlDatabase m_db;
};

HistoryWatcher::HistoryWatcher(const HistoryStore &store, QObject *parent)
    : QObject(parent), m_store(store)
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &HistoryWatcher::check);
    if (store.isShared() || !store.path().isEmpty()) {
        m_thread = new QThread(this);
        m_thread->setObjectName(u"HistoryWatcher"_s);
        m_reader = new Reader(store.location());
        m_reader->moveToThread(m_thread);
    }
}

HistoryWatcher::~HistoryWatcher()
{
    if (!m_thread)
        return;
    if (m_thread->isRunning()) {
        // After a check under way (bounded by the connection's timeouts), the
        // connection is closed on its own thread.
        Reader *reader = m_reader;
        QMetaObject::invokeMethod(
            m_reader, [reader] { reader->close(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    delete m_reader;
}

void HistoryWatcher::start()
{
    if (m_thread && !m_thread->isRunning())
        m_thread->start();
    m_timer.start();
    check();
}

void HistoryWatcher::stop()
{
    m_timer.stop();
}

void HistoryWatcher::check()
{
    if (m_checking)
        return; // one at a time: a slow server does not pile them up
    if (!m_thread) {
        checked(m_store.changeStamp());
        return;
    }
    const QString source = m_store.connectionName();
    if (source.isEmpty())
        return;
    m_checking = true;
    Reader *reader = m_reader;
    QMetaObject::invokeMethod(
        m_reader,
        [this, reader, source] {
            const QString stamp = reader->stamp(source);
            // Dropped unread if the watcher is gone meanwhile.
            QMetaObject::invokeMethod(
                this,
                [this, stamp] {
                    m_checking = false;
                    checked(stamp);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void HistoryWatcher::checked(const QString &stamp)
{
    if (stamp.isEmpty() || stamp == m_knownStamp)
        return;
    const bool first = m_knownStamp.isEmpty();
    m_knownStamp = stamp;
    if (!first)
        emit historyChanged(stamp);
}

} // namespace vp
