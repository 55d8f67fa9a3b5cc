// An open history window shows what other programs sharing the history write
// (another admin's computer, the command-line tool on this one) within a few
// seconds, merged in place: the selection, the current row, the scroll
// position and the details pane stay, and the model is never reset. Another
// store on the same file plays the other program.
#include "config/SecretStore.h"
#include "config/Settings.h"
#include "history/HistoryModel.h"
#include "history/HistoryWatcher.h"
#include "history/HistoryWindow.h"
#include "SharedHistoryFixture.h"
#include "widgets/AppContext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vp;

namespace {
constexpr int kWithinMs = 10000; // the window asks every 3 s
}

class TestHistoryWindowLive : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void otherProgramsAttemptsArriveInPlace();
    void scrolledDownTheRowsInViewStay();
    void whoFilterTakesOnlyItsNewRows();
    void rowsLoadedDoNotGrowWithoutBound();
    void hiddenWindowDoesNotAsk();

private:
    void openWindow();
    int rowOf(qint64 id) const;
    qint64 selectedId() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<AppContext> m_context; // ann: this program
    std::unique_ptr<HistoryStore> m_other; // ben: another program, its own connection
    std::unique_ptr<HistoryWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTableView *m_table = nullptr;
};

void TestHistoryWindowLive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"history.sqlite"_s);
    auto ann = sharedhistory::openAs(m_path, u"ann"_s);
    QVERIFY(ann);
    m_other = sharedhistory::openAs(m_path, u"ben"_s);
    QVERIFY(m_other);
    m_context = std::make_unique<AppContext>(Settings::createTemporary(), std::move(ann),
                                             std::make_unique<MemorySecretStore>());
}

void TestHistoryWindowLive::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_context.reset();
    m_other.reset();
    m_dir.reset();
}

void TestHistoryWindowLive::openWindow()
{
    m_window = std::make_unique<HistoryWindow>(*m_context);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_table = m_window->findChild<QTableView *>(u"historyTableView"_s);
    QVERIFY(m_table);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

int TestHistoryWindowLive::rowOf(qint64 id) const
{
    const HistoryModel *model = m_window->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->attempt(row).id == id)
            return row;
    }
    return -1;
}

qint64 TestHistoryWindowLive::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_window->model()->attempt(rows.first().row()).id : -1;
}

void TestHistoryWindowLive::otherProgramsAttemptsArriveInPlace()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 first = sharedhistory::addAttempt(m_context->history(), u"8001"_s, u"apiadmin"_s,
                                                   Outcome::Added, now.addSecs(-30));
    const qint64 chosen = sharedhistory::addAttempt(m_context->history(), u"8002"_s, u"apiadmin"_s,
                                                    Outcome::LoginExists, now.addSecs(-20));
    // The other program has a request in flight.
    const qint64 sending =
        sharedhistory::addAttempt(*m_other, u"8101"_s, u"apiadmin"_s, {}, now.addSecs(-10));
    QVERIFY(first > 0 && chosen > 0 && sending > 0);

    openWindow();
    HistoryModel *model = m_window->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(rowOf(sending), HistoryModel::OutcomeColumn).data().toString(),
             HistoryModel::tr("sending"));
    m_table->selectRow(rowOf(chosen));
    m_table->setCurrentIndex(model->index(rowOf(chosen), HistoryModel::NameColumn));
    auto *details = m_window->findChild<QPlainTextEdit *>(u"detailsPlainTextEdit"_s);
    const QString chosenDetails = details->toPlainText();
    QVERIFY2(chosenDetails.contains(outcomeTitle(Outcome::LoginExists)), qPrintable(chosenDetails));
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy detailsChanged(details, &QPlainTextEdit::textChanged);

    // The other program sends one more and its first request ends.
    const qint64 added =
        sharedhistory::addAttempt(*m_other, u"8102"_s, u"apiadmin"_s, Outcome::Added);
    QVERIFY(added > 0);
    QVERIFY(m_other->recordFinish(sending, Outcome::Added, 200, u"Added"_s, u"SUCCESS"_s, 40));

    QTRY_VERIFY_WITH_TIMEOUT(rowOf(added) >= 0, kWithinMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(rowOf(sending), HistoryModel::OutcomeColumn).data().toString(),
        outcomeTitle(Outcome::Added), kWithinMs);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(rowOf(added), 0); // newest first
    QCOMPARE(model->index(0, HistoryModel::OsUserColumn).data().toString(), u"ben"_s);
    QCOMPARE(model->totalCount(), 4);
    // In place: no reset, one insert; the user's place is where it was.
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(selectedId(), chosen);
    QCOMPARE(model->attempt(m_table->currentIndex().row()).id, chosen);
    QCOMPARE(m_table->currentIndex().column(), int(HistoryModel::NameColumn));
    QCOMPARE(details->toPlainText(), chosenDetails);
    QCOMPARE(detailsChanged.size(), 0);
    // The check ran on the watcher's own connection, not on the window's thread.
    bool ownConnection = false;
    for (const QString &name : QSqlDatabase::connectionNames())
        ownConnection |= name.startsWith(u"vp-history-watcher-"_s);
    QVERIFY(ownConnection);
}

void TestHistoryWindowLive::scrolledDownTheRowsInViewStay()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids;
    for (int i = 0; i < 120; ++i) {
        ids.append(sharedhistory::addAttempt(m_context->history(), QString::number(9000 + i),
                                             u"apiadmin"_s, Outcome::Added,
                                             now.addSecs(-1000 + i)));
        QVERIFY(ids.last() > 0);
    }
    openWindow();
    HistoryModel *model = m_window->model();
    QCOMPARE(model->rowCount(), 120);
    const int target = rowOf(ids[60]);
    m_table->scrollTo(model->index(target, 0), QAbstractItemView::PositionAtTop);
    m_table->selectRow(target);
    QTRY_COMPARE(m_table->rowAt(0), target);
    QVERIFY(m_table->verticalScrollBar()->value() > 0);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    for (int i = 0; i < 3; ++i)
        QVERIFY(sharedhistory::addAttempt(*m_other, QString::number(9500 + i), u"apiadmin"_s,
                                          Outcome::Added) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 123, kWithinMs);
    QCOMPARE(resets.size(), 0);
    // The same attempt is at the top of the view, three rows further down.
    QCOMPARE(rowOf(ids[60]), target + 3);
    QTRY_COMPARE(m_table->rowAt(0), target + 3);
    QCOMPARE(selectedId(), ids[60]);
}

void TestHistoryWindowLive::whoFilterTakesOnlyItsNewRows()
{
    QVERIFY(sharedhistory::addAttempt(m_context->history(), u"8001"_s, u"apiadmin"_s,
                                      Outcome::Added) > 0);
    QVERIFY(sharedhistory::addAttempt(*m_other, u"8101"_s, u"apiadmin"_s, Outcome::Added) > 0);
    openWindow();
    auto *osUser = m_window->findChild<QComboBox *>(u"osUserComboBox"_s);
    osUser->setCurrentIndex(osUser->findText(u"ben"_s));
    HistoryModel *model = m_window->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    // This program's new attempt first, ben's last: when ben's shows, ann's
    // has been read too, and left out.
    QVERIFY(sharedhistory::addAttempt(m_context->history(), u"8002"_s, u"apiadmin"_s,
                                      Outcome::Added) > 0);
    const qint64 bens =
        sharedhistory::addAttempt(*m_other, u"8102"_s, u"apiadmin"_s, Outcome::Added);
    QVERIFY(bens > 0);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(bens) >= 0, kWithinMs);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->totalCount(), 2);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->attempt(row).osUser, u"ben"_s);
    QCOMPARE(resets.size(), 0);
}

void TestHistoryWindowLive::rowsLoadedDoNotGrowWithoutBound()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids; // newest last
    for (int i = 0; i < 260; ++i) {
        ids.append(sharedhistory::addAttempt(m_context->history(), QString::number(9000 + i),
                                             u"apiadmin"_s, Outcome::Added,
                                             now.addSecs(-1000 + i)));
        QVERIFY(ids.last() > 0);
    }
    openWindow();
    HistoryModel *model = m_window->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), 260);
    // Far down the list and selected: it stays loaded, with every row above.
    m_table->selectRow(rowOf(ids[29]));
    QCOMPARE(rowOf(ids[29]), 230);
    QVERIFY(sharedhistory::addAttempt(*m_other, u"9600"_s, u"apiadmin"_s, Outcome::Added) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 261, kWithinMs);
    QCOMPARE(selectedId(), ids[29]);
    QCOMPARE(rowOf(ids[29]), 231);
    QVERIFY(model->rowCount() >= 232);

    // Back at the top with nothing chosen: the first page and what is new.
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    m_table->scrollToTop();
    QVERIFY(sharedhistory::addAttempt(*m_other, u"9601"_s, u"apiadmin"_s, Outcome::Added) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 262, kWithinMs);
    QCOMPARE(model->rowCount(), HistoryModel::PageSize + 1);
    QVERIFY(model->canFetchMore({}));
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), 262);
    QCOMPARE(model->attempt(261).id, ids.first()); // the oldest, nothing twice
}

void TestHistoryWindowLive::hiddenWindowDoesNotAsk()
{
    openWindow();
    QVERIFY(m_window->watcher()->isActive());
    m_window->hide();
    QVERIFY(!m_window->watcher()->isActive());
    // Shown again, it catches up with what it missed.
    const qint64 id = sharedhistory::addAttempt(*m_other, u"8101"_s, u"apiadmin"_s, Outcome::Added);
    QVERIFY(id > 0);
    m_window->show();
    QVERIFY(m_window->watcher()->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(id) >= 0, kWithinMs);
}

QTEST_MAIN(TestHistoryWindowLive)
#include "TestHistoryWindowLive.moc"
