// The phones the tool created or changed on one VICIdial system, with their
// last known state from the history (HistoryStore::knownPhones), filtered by
// state and text; the selected ones can be switched off, on again or deleted
// through the app's provisioning service (its in-flight guards and
// stop-on-login-error apply), and the list is read again afterwards. A batch
// can be taken back (history/UndoPlan.h): PhonesWindowUndo.cpp. One phone can
// be changed (EditPhoneDialog) and deleted ones made again with new
// passwords, with the agent handout offered afterwards: PhonesWindowEdit.cpp.
#pragma once

#include "history/BatchJournal.h"
#include "history/KnownPhones.h"
#include "model/Operation.h"
#include "model/VicidialSystem.h"

#include <functional>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vp {

class AppContext;
class EditPhoneDialog;
struct JobResult;

class PhonesWindow : public QWidget
{
    Q_OBJECT
public:
    explicit PhonesWindow(AppContext &context, QWidget *parent = nullptr);

    // Sends a batch of this window's operations through the batch panel
    // (journaled, with its progress, pause, cancel and retry); false with
    // *why when it cannot now. The main window provides it.
    using BatchSender = std::function<bool(BatchRequest &request, QString *why)>;
    void setBatchSender(BatchSender sender) { m_sendBatch = std::move(sender); }

    // Reads the systems and the phones of the chosen one from the history.
    void refresh();
    VicidialSystem currentSystem() const;
    // Deletes the phones batchId added (empty: the batch of the selected
    // phone, or the newest batch on the shown system), after showing what it
    // keeps and leaves; the window shows the batch's system first.
    void undoBatch(const QString &batchId = {});
    // The state column's text of the phone at extension@serverIp, for tests.
    QString stateText(const QString &extension, const QString &serverIp) const;

private:
    enum class Action
    {
        Deactivate,
        Reactivate,
        Delete
    };
    void fillTable();
    void updateButtons();
    void run(Action action);
    // Whether the current system can be sent to (a connection and the batch
    // panel); says why not.
    bool canSend();
    // Opens EditPhoneDialog for the one selected phone; its OK sends the
    // changed fields.
    void editPhone();
    // Adds the selected deleted phones again with new passwords.
    void createAgain();
    // After the last request: offers the handout of the phones whose new
    // passwords the server took (m_handout), then forgets the passwords.
    void offerHandout();
    // The edit's request ended: a refusal opens the dialog again with
    // everything typed and the server's answer; success closes it.
    void finishEdit(const JobResult &result);
    // Sends the operations as one batch on the current system through the
    // batch panel (label: what the batch journal and the history call it;
    // undoOf: the batch an undo takes back); false when nothing could be
    // sent. withPasswords (optional, one per operation): the phone with its
    // new passwords, for the handout when the server takes them.
    bool submitAll(const QList<std::pair<Operation, QString>> &operations,
                   const QString &label = {}, const QString &undoOf = {},
                   const QList<PhoneRecord> &withPasswords = {});
    void onJobFinished(const JobResult &result);
    // The batch's last answer came (or the service went idle without some):
    // the summary, the list read again, the handout offered.
    void finishBatch();
    QList<KnownPhone> selectedPhones() const;
    int rowOf(const QString &extensionKey) const;

    AppContext &m_context;
    QLabel *m_systemLabel = nullptr;
    QComboBox *m_systemCombo = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_deactivateButton = nullptr;
    QPushButton *m_reactivateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_createAgainButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QList<KnownPhone> m_phones;
    BatchSender m_sendBatch;
    QString m_batchId;    // of this window's running batch
    QSet<QString> m_jobs; // extensionKey() of its rows still to answer
    int m_done = 0, m_succeeded = 0, m_failed = 0;
    QString m_stopMessage;
    QString m_note; // added to the summary when the requests are done
    // New passwords, in memory only: extensionKey() -> the phone with them,
    // and the phones the server took them for (the handout offered at the end).
    QHash<QString, PhoneRecord> m_newPasswords;
    QList<PhoneRecord> m_handout;
    // The Edit dialog whose change is being sent (kept, hidden, until the answer).
    QPointer<EditPhoneDialog> m_editDialog;
    QString m_editKey; // extensionKey() of the phone whose edit is being sent
};

} // namespace vp
