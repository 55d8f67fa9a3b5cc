// Tells when anyone sharing the history wrote or finished an attempt
// (HistoryStore::changeStamp): an open history window shows them without the
// user asking. It asks every few seconds on a thread of its own, with its own
// connection, so a database server that stops answering never freezes the
// caller's thread. An in-memory history has no other writer and is asked
// directly.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

namespace vp {

class HistoryStore;

class HistoryWatcher : public QObject
{
    Q_OBJECT
public:
    // store must outlive the watcher and belong to the caller's thread.
    explicit HistoryWatcher(const HistoryStore &store, QObject *parent = nullptr);
    ~HistoryWatcher() override;

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    // Checks at once, then every interval, until stop(); a check under way
    // when stop() is called still reports.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // The stamp of what the caller has shown; empty: the next check only
    // learns it. historyChanged() tells when it differs.
    void setKnownStamp(const QString &stamp) { m_knownStamp = stamp; }
    QString knownStamp() const { return m_knownStamp; }

signals:
    // The history differs from the known stamp, which now is stamp.
    void historyChanged(const QString &stamp);

private:
    class Reader;

    void check();
    void checked(const QString &stamp);

    const HistoryStore &m_store;
    QTimer m_timer;
    QString m_knownStamp;
    bool m_checking = false;
    QThread *m_thread = nullptr; // with m_reader: only for a store that is not in memory
    Reader *m_reader = nullptr;
};

} // namespace vp
