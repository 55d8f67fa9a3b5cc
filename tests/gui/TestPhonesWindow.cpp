// The Phones window opened from the main window's menu: the phones the app
// added, deactivated, reactivated and deleted through its buttons against the
// in-process simulator, with the window's states read back from the history.
#include "DesktopApp.h"
#include "history/BatchJournal.h"
#include "history/HistoryStore.h"
#include "history/PhonesWindow.h"
#include "history/UndoPlan.h"
#include "mainwindow/BatchPanel.h"
#include "mainwindow/MainWindow.h"
#include "Simulator.h"
#include "TestPhones.h"
#include "widgets/AppContext.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

class TestPhonesWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deactivateReactivateDelete();
    void undoBatchDeletesOnlyWhatItAdded();
    void bulkDeleteWithWrongPasswordCostsOneLogin();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_window->phonesWindow()->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void select(const QString &extension);
    // The simulator's "active" of the phone, "" when it has no such phone.
    QString simulatorActive(const QString &extension) const;

    std::unique_ptr<DesktopApp> m_app;
    std::unique_ptr<MainWindow> m_window;
};

void TestPhonesWindow::init()
{
    m_app = std::make_unique<DesktopApp>();
    QString error;
    QVERIFY2(m_app->startDemo(true, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_app->context());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPhonesWindow::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_app.reset();
}

void TestPhonesWindow::select(const QString &extension)
{
    auto *table = child<QTableWidget>("phonesTableWidget");
    table->clearSelection();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == extension) {
            table->selectRow(row);
            return;
        }
    }
    QFAIL(qPrintable(u"no row for "_s + extension));
}

QString TestPhonesWindow::simulatorActive(const QString &extension) const
{
    const QJsonArray phones = m_app->simulator()->phones();
    for (const QJsonValue &phone : phones) {
        const QJsonObject object = phone.toObject();
        if (object.value(u"extension"_s).toString() == extension)
            return object.value(u"active"_s).toString();
    }
    return {};
}

void TestPhonesWindow::deactivateReactivateDelete()
{
    ProvisioningService &service = m_app->context()->service();
    QVERIFY(service.submit(test::makePhone(u"7001"_s)) > 0);
    QVERIFY(service.submit(test::makePhone(u"7002"_s)) > 0);
    QTRY_VERIFY(service.isIdle());
    QCOMPARE(simulatorActive(u"7001"_s), u"Y"_s);

    m_window->findChild<QAction *>(u"actionShowPhones"_s)->trigger();
    PhonesWindow *phones = m_window->phonesWindow();
    QVERIFY(phones);
    QVERIFY(QTest::qWaitForWindowExposed(phones));
    QCOMPARE(child<QTableWidget>("phonesTableWidget")->rowCount(), 2);
    QCOMPARE(phones->stateText(u"7001"_s, test::kServerIp), PhonesWindow::tr("Active"));

    select(u"7001"_s);
    QTest::mouseClick(child<QPushButton>("deactivatePushButton"), Qt::LeftButton);
    QTRY_COMPARE(phones->stateText(u"7001"_s, test::kServerIp), PhonesWindow::tr("Inactive"));
    QCOMPARE(simulatorActive(u"7001"_s), u"N"_s);
    QCOMPARE(simulatorActive(u"7002"_s), u"Y"_s);
    QVERIFY(child<QLabel>("summaryLabel")->text().contains(u"1 succeeded"_s));

    select(u"7001"_s);
    QTest::mouseClick(child<QPushButton>("reactivatePushButton"), Qt::LeftButton);
    QTRY_COMPARE(phones->stateText(u"7001"_s, test::kServerIp), PhonesWindow::tr("Active"));
    QCOMPARE(simulatorActive(u"7001"_s), u"Y"_s);

    // Declined: nothing is sent.
    select(u"7002"_s);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>("deletePushButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"1 phone"_s));
    const VicidialSystem system = phones->currentSystem();
    QVERIFY(!system.key.isEmpty());
    QVERIFY(MessageBox::lastText().contains(system.name.isEmpty() ? system.key : system.name));
    QCOMPARE(simulatorActive(u"7002"_s), u"Y"_s);

    select(u"7002"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("deletePushButton"), Qt::LeftButton);
    QTRY_COMPARE(phones->stateText(u"7002"_s, test::kServerIp), PhonesWindow::tr("Deleted"));
    QVERIFY(simulatorActive(u"7002"_s).isEmpty());
    QCOMPARE(simulatorActive(u"7001"_s), u"Y"_s);
}

// 7103 was on the server before the batch: the undo keeps it, shows the
// plan first, and deletes 7101 and 7102 only when confirmed.
void TestPhonesWindow::undoBatchDeletesOnlyWhatItAdded()
{
    ProvisioningService &service = m_app->context()->service();
    QVERIFY(service.submit(test::makePhone(u"7103"_s)) > 0);
    QTRY_VERIFY(service.isIdle());
    for (const QString &extension : {u"7101"_s, u"7102"_s, u"7103"_s})
        QVERIFY(service.submit(test::makePhone(extension), u"batch-undo"_s) > 0);
    QTRY_VERIFY(service.isIdle());
    QCOMPARE(simulatorActive(u"7101"_s), u"Y"_s);

    m_window->findChild<QAction *>(u"actionShowPhones"_s)->trigger();
    PhonesWindow *phones = m_window->phonesWindow();
    QVERIFY(QTest::qWaitForWindowExposed(phones));
    auto *undo = child<QPushButton>("undoBatchPushButton");
    QVERIFY(undo->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(undo, Qt::LeftButton);
    const QString plan = MessageBox::lastText();
    QVERIFY2(plan.contains(u"batch-undo"_s), qPrintable(plan));
    // (The English catalog is not loaded here: "phone(s)".)
    QVERIFY2(plan.contains(u"Delete 2 phone"_s), qPrintable(plan));
    QVERIFY2(plan.contains(u"added: 7101, 7102."_s), qPrintable(plan));
    QVERIFY2(plan.contains(u"Kept: 1 phone"_s), qPrintable(plan));
    QCOMPARE(simulatorActive(u"7101"_s), u"Y"_s);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(phones->stateText(u"7102"_s, test::kServerIp), PhonesWindow::tr("Deleted"));
    QTRY_COMPARE(phones->stateText(u"7101"_s, test::kServerIp), PhonesWindow::tr("Deleted"));
    QVERIFY(simulatorActive(u"7101"_s).isEmpty());
    QVERIFY(simulatorActive(u"7102"_s).isEmpty());
    QCOMPARE(simulatorActive(u"7103"_s), u"Y"_s);
    QVERIFY(child<QLabel>("summaryLabel")->text().contains(u"2 succeeded"_s));
    // The undo is a batch of its own, journaled with the batch it takes back,
    // and ran in the main window's batch panel.
    auto *panel = m_window->findChild<QWidget *>(u"batchGroupBox"_s);
    QVERIFY(panel && panel->isVisible());
    BatchJournal &journal = m_window->batchPanel()->journal();
    int undos = 0;
    for (const QString &id : m_app->context()->history().batches(20)) {
        const auto info = journal.batch(id);
        if (info && info->undoOf == u"batch-undo"_s) {
            ++undos;
            QCOMPARE(info->label, UndoPlanner::undoLabel(u"batch-undo"_s));
            const QList<BatchPlanRow> plan = journal.plan(id);
            QCOMPARE(plan.size(), 2);
            for (const BatchPlanRow &row : plan)
                QCOMPARE(row.kind, Operation::Kind::DeletePhone);
            QVERIFY(!journal.progress(id).hasWorkLeft());
        }
    }
    QCOMPARE(undos, 1);

    // Again: nothing left to delete, nothing sent.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"Nothing to delete"_s),
             qPrintable(MessageBox::lastText()));
}

// A bulk delete of three phones with a wrong API password: one request, one
// failed login, the rest of the batch is not sent and the phones stay.
void TestPhonesWindow::bulkDeleteWithWrongPasswordCostsOneLogin()
{
    ProvisioningService &service = m_app->context()->service();
    for (const QString &extension : {u"7201"_s, u"7202"_s, u"7203"_s})
        QVERIFY(service.submit(test::makePhone(extension)) > 0);
    QTRY_VERIFY(service.isIdle());
    m_window->findChild<QAction *>(u"actionShowPhones"_s)->trigger();
    PhonesWindow *phones = m_window->phonesWindow();
    QVERIFY(QTest::qWaitForWindowExposed(phones));

    m_app->context()->setApiPassword(u"WrongPass1"_s);
    m_app->context()->applyConnection();
    const int before = m_app->simulator()->stats().perFunction.value(u"update_phone"_s);
    child<QTableWidget>("phonesTableWidget")->selectAll();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("deletePushButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"3 phone"_s), qPrintable(MessageBox::lastText()));
    QTRY_VERIFY(service.isIdle());
    QTRY_VERIFY(service.isStopped());
    QCOMPARE(m_app->simulator()->stats().perFunction.value(u"update_phone"_s), before + 1);
    for (const QString &extension : {u"7201"_s, u"7202"_s, u"7203"_s})
        QCOMPARE(simulatorActive(extension), u"Y"_s);
}

QTEST_MAIN(TestPhonesWindow)
#include "TestPhonesWindow.moc"
