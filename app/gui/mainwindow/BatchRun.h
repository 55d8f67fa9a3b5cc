// The counts of one running batch (done, failed, unknown, remaining), the time
// left estimated from the pace so far, and the summary shown at the end.
#pragma once

#include "model/Outcome.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QString>

namespace vp {

class BatchRun
{
    Q_DECLARE_TR_FUNCTIONS(BatchRun)

public:
    BatchRun() = default;
    explicit BatchRun(const QString &batchId);

    QString batchId() const { return m_batchId; }
    bool isValid() const { return !m_batchId.isEmpty(); }

    // More rows were sent for this batch (the first send or a resend).
    void addPending(int count);
    void recordOutcome(Outcome outcome);
    // A finished row is sent again ("Retry failed"): its earlier outcome no
    // longer counts, and it is left to do; the batch's total stays.
    void reopen(Outcome earlier);
    // Lines of the list that were not sent on purpose (problems shown in the
    // preview): counted in the summary, so every input row is.
    void setSkippedLines(const QList<int> &lines) { m_skippedLines = lines; }
    // A batch of changes (switch off, delete, undo...): its successes are
    // "done", not "added".
    void setChanges(bool changes) { m_changes = changes; }
    bool isChanges() const { return m_changes; }
    int skipped() const { return int(m_skippedLines.size()); }

    int total() const { return m_total; }
    int finished() const { return m_added + m_failed + m_unknown; }
    int remaining() const { return m_total - finished(); }
    int added() const { return m_added; }
    int failed() const { return m_failed; }
    int unknown() const { return m_unknown; }
    bool isDone() const { return m_total > 0 && remaining() == 0; }

    // -1 until enough is known to guess.
    qint64 msLeft() const;
    // "120 of 200 done: 115 added, 5 failed, 0 unknown, 80 left, about 12 s left".
    QString progressText() const;
    // At the end: added, failed by reason, unknown, not sent.
    QString summaryText() const;

private:
    QString m_batchId;
    QElapsedTimer m_clock;
    int m_total = 0;
    int m_added = 0;
    int m_failed = 0;
    int m_unknown = 0;
    QMap<int, int> m_failedByReason; // Outcome -> count
    QList<int> m_skippedLines;
    bool m_changes = false;
};

} // namespace vp
