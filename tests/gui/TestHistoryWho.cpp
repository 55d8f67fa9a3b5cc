// The history window's "who did it" (team mode): the OS user, machine and API
// user columns, their filters (alone and with the others), the details pane,
// and the filters' choices growing when another program's user writes. Two
// and three stores on one history file play the programs sharing it.
#include "config/SecretStore.h"
#include "config/Settings.h"
#include "history/HistoryModel.h"
#include "history/HistoryWindow.h"
#include "SharedHistoryFixture.h"
#include "widgets/AppContext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vp;

class TestHistoryWho : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void columnsShowWhoSentEachAttempt();
    void filtersNarrowByWhoAndCombineWithTheOthers();
    void detailsSayWhoSentIt();
    void choicesGrowWhenSomebodyNewWrites();

private:
    QStringList shownExtensions() const;
    QStringList choices(const char *comboBox) const;
    void choose(const char *comboBox, const QString &value);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<AppContext> m_context; // ann on this machine
    std::unique_ptr<HistoryStore> m_ben;   // ben on desk-2
    std::unique_ptr<HistoryWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestHistoryWho::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"history.sqlite"_s);
    auto ann = sharedhistory::openAs(m_path, u"ann"_s);
    QVERIFY(ann);
    m_ben = sharedhistory::openAs(m_path, u"ben"_s);
    QVERIFY(m_ben);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(sharedhistory::addAttempt(*ann, u"8001"_s, u"apiadmin"_s, Outcome::Added,
                                      now.addSecs(-40)) > 0);
    QVERIFY(sharedhistory::addAttempt(*m_ben, u"8101"_s, u"provisioner"_s, Outcome::Added,
                                      now.addSecs(-30)) > 0);
    QVERIFY(sharedhistory::addAttempt(*m_ben, u"8102"_s, u"apiadmin"_s, Outcome::LoginExists,
                                      now.addSecs(-20)) > 0);
    QVERIFY(sharedhistory::addAttempt(*ann, u"8002"_s, u"apiadmin"_s, Outcome::Added,
                                      now.addSecs(-10)) > 0);
    QVERIFY(sharedhistory::setMachine(m_path, m_ben->sessionId(), u"desk-2"_s));

    m_context = std::make_unique<AppContext>(Settings::createTemporary(), std::move(ann),
                                             std::make_unique<MemorySecretStore>());
    m_window = std::make_unique<HistoryWindow>(*m_context);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHistoryWho::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_context.reset();
    m_ben.reset();
    m_dir.reset();
}

QStringList TestHistoryWho::shownExtensions() const
{
    QStringList list;
    const HistoryModel *model = m_window->model();
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->index(row, HistoryModel::ExtensionColumn).data().toString());
    return list;
}

QStringList TestHistoryWho::choices(const char *comboBox) const
{
    auto *box = m_window->findChild<QComboBox *>(QLatin1StringView(comboBox));
    QStringList list;
    for (int i = 0; box && i < box->count(); ++i)
        list.append(box->itemText(i));
    return list;
}

void TestHistoryWho::choose(const char *comboBox, const QString &value)
{
    auto *box = m_window->findChild<QComboBox *>(QLatin1StringView(comboBox));
    QVERIFY(box);
    const int index = value.isEmpty() ? 0 : box->findText(value);
    QVERIFY2(index >= 0, qPrintable(value));
    box->setCurrentIndex(index);
}

void TestHistoryWho::columnsShowWhoSentEachAttempt()
{
    HistoryModel *model = m_window->model();
    QCOMPARE(model->headerData(HistoryModel::OsUserColumn, Qt::Horizontal).toString(),
             HistoryModel::tr("OS user"));
    QCOMPARE(model->headerData(HistoryModel::MachineColumn, Qt::Horizontal).toString(),
             HistoryModel::tr("Machine"));
    QCOMPARE(model->headerData(HistoryModel::ApiUserColumn, Qt::Horizontal).toString(),
             HistoryModel::tr("API user"));
    QCOMPARE(shownExtensions(), QStringList({u"8002"_s, u"8102"_s, u"8101"_s, u"8001"_s}));
    const auto who = [model](int row) {
        return QStringList{model->index(row, HistoryModel::OsUserColumn).data().toString(),
                           model->index(row, HistoryModel::MachineColumn).data().toString(),
                           model->index(row, HistoryModel::ApiUserColumn).data().toString()};
    };
    const QString here = HistoryStore::currentMachine();
    QCOMPARE(who(0), QStringList({u"ann"_s, here, u"apiadmin"_s}));
    QCOMPARE(who(1), QStringList({u"ben"_s, u"desk-2"_s, u"apiadmin"_s}));
    QCOMPARE(who(2), QStringList({u"ben"_s, u"desk-2"_s, u"provisioner"_s}));
    QCOMPARE(who(3), QStringList({u"ann"_s, here, u"apiadmin"_s}));
    // Wide enough for a name, not hidden.
    auto *table = m_window->findChild<QTableView *>(u"historyTableView"_s);
    for (int column :
         {HistoryModel::OsUserColumn, HistoryModel::MachineColumn, HistoryModel::ApiUserColumn}) {
        QVERIFY(!table->isColumnHidden(column));
        QVERIFY(table->columnWidth(column) >= 80);
    }
}

void TestHistoryWho::filtersNarrowByWhoAndCombineWithTheOthers()
{
    // Anyone, then every value the history holds, sorted.
    const QString anyone = HistoryWindow::tr("Anyone");
    QCOMPARE(choices("osUserComboBox"), QStringList({anyone, u"ann"_s, u"ben"_s}));
    QStringList machines = {u"desk-2"_s, HistoryStore::currentMachine()};
    machines.sort(Qt::CaseInsensitive);
    QCOMPARE(choices("machineComboBox"), QStringList({anyone}) + machines);
    QCOMPARE(choices("apiUserComboBox"), QStringList({anyone, u"apiadmin"_s, u"provisioner"_s}));

    choose("osUserComboBox", u"ben"_s);
    QTRY_COMPARE(shownExtensions(), QStringList({u"8102"_s, u"8101"_s}));
    QCOMPARE(m_window->model()->totalCount(), 2);
    QVERIFY2(m_window->findChild<QLabel *>(u"countLabel"_s)->text().contains(u"2"_s),
             qPrintable(m_window->findChild<QLabel *>(u"countLabel"_s)->text()));
    choose("apiUserComboBox", u"apiadmin"_s);
    QTRY_COMPARE(shownExtensions(), QStringList({u"8102"_s}));
    // With the text filter: ben never sent 8001.
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"filterLineEdit"_s), u"8001"_s);
    QTRY_COMPARE(m_window->model()->totalCount(), 0);
    m_window->findChild<QLineEdit *>(u"filterLineEdit"_s)->clear();
    QTRY_COMPARE(shownExtensions(), QStringList({u"8102"_s}));

    choose("osUserComboBox", QString());
    QTRY_COMPARE(shownExtensions(), QStringList({u"8002"_s, u"8102"_s, u"8001"_s}));
    choose("machineComboBox", HistoryStore::currentMachine());
    QTRY_COMPARE(shownExtensions(), QStringList({u"8002"_s, u"8001"_s}));
    choose("machineComboBox", u"desk-2"_s);
    QTRY_COMPARE(shownExtensions(), QStringList({u"8102"_s}));
    // Nobody on desk-2 sent as provisioner through ann's account.
    choose("osUserComboBox", u"ann"_s);
    QTRY_COMPARE(m_window->model()->totalCount(), 0);
    choose("osUserComboBox", QString());
    choose("machineComboBox", QString());
    choose("apiUserComboBox", QString());
    QTRY_COMPARE(m_window->model()->totalCount(), 4);
}

void TestHistoryWho::detailsSayWhoSentIt()
{
    auto *table = m_window->findChild<QTableView *>(u"historyTableView"_s);
    auto *details = m_window->findChild<QPlainTextEdit *>(u"detailsPlainTextEdit"_s);
    table->selectRow(2); // 8101
    QVERIFY2(details->toPlainText().contains(u"ben on desk-2, as API user provisioner"_s),
             qPrintable(details->toPlainText()));
    table->selectRow(0); // 8002
    QVERIFY2(details->toPlainText().contains(
                 u"ann on %1, as API user apiadmin"_s.arg(HistoryStore::currentMachine())),
             qPrintable(details->toPlainText()));
}

void TestHistoryWho::choicesGrowWhenSomebodyNewWrites()
{
    choose("osUserComboBox", u"ben"_s);
    QTRY_COMPARE(shownExtensions(), QStringList({u"8102"_s, u"8101"_s}));
    // A third admin starts the program on the same history and sends.
    auto cy = sharedhistory::openAs(m_path, u"cy"_s);
    QVERIFY(cy);
    QVERIFY(sharedhistory::addAttempt(*cy, u"8201"_s, u"cyapi"_s, Outcome::Added) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(choices("osUserComboBox").contains(u"cy"_s), 10000);
    QVERIFY(choices("apiUserComboBox").contains(u"cyapi"_s));
    // The filter chosen stays chosen, and cy's attempt is not ben's.
    auto *osUser = m_window->findChild<QComboBox *>(u"osUserComboBox"_s);
    QCOMPARE(osUser->currentText(), u"ben"_s);
    QCOMPARE(shownExtensions(), QStringList({u"8102"_s, u"8101"_s}));
    choose("osUserComboBox", u"cy"_s);
    QTRY_COMPARE(shownExtensions(), QStringList({u"8201"_s}));

    // A program already known sends as another VICIdial user.
    choose("osUserComboBox", QString());
    QTRY_COMPARE(m_window->model()->totalCount(), 5);
    QVERIFY(sharedhistory::addAttempt(*m_ben, u"8103"_s, u"supervisor"_s, Outcome::Added) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(choices("apiUserComboBox").contains(u"supervisor"_s), 10000);
    QCOMPARE(choices("osUserComboBox"),
             QStringList({HistoryWindow::tr("Anyone"), u"ann"_s, u"ben"_s, u"cy"_s}));
}

QTEST_MAIN(TestHistoryWho)
#include "TestHistoryWho.moc"
