// The phones of this working session, one row each, with their send status.
// Rows are found by job id through a hash, so an update of one row among
// thousands costs one lookup and one dataChanged for that row.
#pragma once

#include "history/BatchJournal.h"
#include "model/Outcome.h"
#include "model/PhoneRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <vector>

namespace vp {

struct JobResult;

enum class PhoneStatus
{
    Queued,
    Sending,
    Added,
    Failed,
    Unknown
};

QString phoneStatusTitle(PhoneStatus status);
QIcon phoneStatusIcon(PhoneStatus status);
PhoneStatus statusForOutcome(Outcome outcome);

struct PhoneRow
{
    // With its passwords, in memory only: a retry needs them, nothing stores them.
    PhoneRecord phone;
    qint64 jobId = 0;
    PhoneStatus status = PhoneStatus::Queued;
    bool hasOutcome = false;
    Outcome outcome = Outcome::Cancelled;
    QString message;
    QString batchId;
    int sourceLine = -1;
    QString redactedRequest, redactedReply;
    // The last attempt's outcome was unknown: the next send resolves it.
    bool resolvingUnknown = false;
    // The VICIdial system (VicidialSystem::key) the row was first sent to, or
    // its batch's: it is never sent to another one.
    QString systemKey;
    // What the row asks of the server: an add (the form, an import), or a
    // change from a batch of the Phones window, an import mode or an undo.
    Operation::Kind kind = Operation::Kind::AddPhone;
    QList<PhoneField> fields; // UpdatePhone: the fields it changes
    bool updateIfExists = false;
    Operation operation() const;
};

class PhoneModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        ExtensionColumn,
        NameColumn,
        LoginColumn,
        ServerColumn,
        ProtocolColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1,
        JobIdRole,
        BatchRole
    };

    explicit PhoneModel(QObject *parent = nullptr);
    ~PhoneModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Appends rows waiting to be sent; returns the first new row.
    int appendPhones(const QList<PhoneRecord> &phones, const QString &batchId = {},
                     const QList<int> &sourceLines = {});
    // A row whose send failed or was not made yet (no job), with a message.
    int appendUnsent(const PhoneRecord &phone, const QString &message, bool resolvingUnknown,
                     const QString &batchId = {}, int sourceLine = -1);
    // The row's next send resolves an earlier unknown outcome.
    void setResolvingUnknown(int row, bool resolving);
    // The row's operation, as the batch journal planned it.
    void setOperation(int row, const BatchPlanRow &plan);
    void setSystemKey(int row, const QString &systemKey);
    // Ties a row to the service's job (0 = refused: the row fails with message).
    void setJob(int row, qint64 jobId, const QString &refusal = {});
    // Replaces a row's phone before it is sent again.
    void setPhone(int row, const PhoneRecord &phone);
    void markStarted(qint64 jobId);
    // Team mode: held back (another admin's request for the same phone or
    // login, or the shared history gone); message says why.
    void markWaiting(qint64 jobId, const QString &message);
    void applyResult(const JobResult &result);
    void removeRowList(QList<int> rows);
    void clear();

    const PhoneRow &phoneRow(int row) const { return m_rows[std::size_t(row)]; }
    int rowForJob(qint64 jobId) const { return m_rowByJob.value(jobId, -1); }
    QList<int> rowsOfBatch(const QString &batchId, PhoneStatus status) const;

    // Duplicate knowledge: how many rows (other than exceptRow) have this key.
    bool hasExtension(const QString &extensionKey, int exceptRow = -1) const;
    bool hasLogin(const QString &loginKey, int exceptRow = -1) const;

signals:
    // A row reached added, failed or unknown.
    void rowFinished(int row);

private:
    void indexRow(int row, bool add);
    void rebuildIndexes();
    void emitRowChanged(int row);

    std::vector<PhoneRow> m_rows;
    QHash<qint64, int> m_rowByJob;
    QHash<QString, QList<int>> m_rowsByExtension;
    QHash<QString, QList<int>> m_rowsByLogin;
};

} // namespace vp
