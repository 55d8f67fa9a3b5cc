#include "mainwindow/BatchRun.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vp {

BatchRun::BatchRun(const QString &batchId) : m_batchId(batchId)
{
    m_clock.start();
}

void BatchRun::addPending(int count)
{
    m_total += count;
}

void BatchRun::recordOutcome(Outcome outcome)
{
    if (isSuccess(outcome)) {
        ++m_added;
    } else if (isUnknown(outcome)) {
        ++m_unknown;
    } else {
        ++m_failed;
        ++m_failedByReason[int(outcome)];
    }
}

void BatchRun::reopen(Outcome earlier)
{
    const auto drop = [](int &count) { count = std::max(0, count - 1); };
    if (isSuccess(earlier)) {
        drop(m_added);
    } else if (isUnknown(earlier)) {
        drop(m_unknown);
    } else {
        drop(m_failed);
        auto it = m_failedByReason.find(int(earlier));
        if (it != m_failedByReason.end() && --it.value() <= 0)
            m_failedByReason.erase(it);
    }
}

qint64 BatchRun::msLeft() const
{
    const int done = finished();
    if (done < 2 || remaining() <= 0)
        return -1;
    return m_clock.elapsed() * remaining() / done;
}

QString BatchRun::progressText() const
{
    QString text = (m_changes ? tr("%1 of %2 sent: %3 done, %4 failed, %5 unknown, %6 left.")
                              : tr("%1 of %2 done: %3 added, %4 failed, %5 unknown, %6 left."))
                       .arg(finished())
                       .arg(m_total)
                       .arg(m_added)
                       .arg(m_failed)
                       .arg(m_unknown)
                       .arg(remaining());
    const qint64 left = msLeft();
    if (left >= 0) {
        const qint64 seconds = (left + 999) / 1000;
        text +=
            QLatin1Char(' ') + (seconds < 120 ? tr("About %1 s left.").arg(seconds)
                                              : tr("About %1 min left.").arg((seconds + 59) / 60));
    }
    return text;
}

QString BatchRun::summaryText() const
{
    QStringList parts;
    // Every row is counted once: added, failed (by reason, "already exists"
    // among them), unknown, or not sent. A separate "already existed" count
    // read as more rows than the batch had.
    parts << (m_changes ? tr("Finished: %n done.", nullptr, m_added)
                        : tr("Finished: %n added.", nullptr, m_added));
    if (m_failed > 0) {
        QStringList reasons;
        for (auto it = m_failedByReason.cbegin(); it != m_failedByReason.cend(); ++it)
            reasons << tr("%1: %2").arg(outcomeTitle(Outcome(it.key()))).arg(it.value());
        parts << tr("%n failed (%1).", nullptr, m_failed).arg(reasons.join(", "_L1));
    }
    if (m_unknown > 0)
        parts << tr("%n unknown: retry them to find out whether they were created.", nullptr,
                    m_unknown);
    if (!m_skippedLines.isEmpty()) {
        QStringList lines;
        for (int line : m_skippedLines.mid(0, 10))
            lines << QString::number(line);
        if (m_skippedLines.size() > 10)
            lines << u"\u2026"_s;
        parts << tr("%n row(s) of the list not sent, for the problems the preview showed "
                    "(line %1); the report lists them.",
                    nullptr, skipped())
                     .arg(lines.join(", "_L1));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace vp
