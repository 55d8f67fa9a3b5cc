// The Phones window's Edit… and Create again against the in-process
// simulator: only the changed fields are sent, a login another known phone
// uses is refused before anything is sent and the dialog keeps what was
// typed, a deleted phone comes back with new passwords, and the handout
// holding them is made readable by its owner only.
#include "DesktopApp.h"
#include "history/EditPhoneDialog.h"
#include "history/PhonesWindow.h"
#include "mainwindow/MainWindow.h"
#include "Simulator.h"
#include "TestPhones.h"
#include "widgets/AppContext.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

class TestEditPhone : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editSendsOnlyChangedFields();
    void loginOfAnotherPhoneIsRefusedAndInputKept();
    void serverRefusalOpensTheDialogAgain();
    void createAgainWithNewPasswords();
    void createAgainNamesRowsNoLongerValid();

private:
    template<typename T>
    T *child(QWidget *parent, const char *name) const
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    PhonesWindow *openPhones();
    void select(const QString &extension);
    // The simulator's row of the phone; empty when it has no such phone.
    QJsonObject simulatorPhone(const QString &extension) const;
    // The newest update_phone attempts of the history.
    QList<HistoryAttempt> updateAttempts() const;
    EditPhoneDialog *openEditor(const QString &extension);
    static void setText(QLineEdit *edit, const QString &text);

    std::unique_ptr<DesktopApp> m_app;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestEditPhone::init()
{
    m_app = std::make_unique<DesktopApp>();
    QString error;
    QVERIFY2(m_app->startDemo(true, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_app->context());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEditPhone::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_app.reset();
}

PhonesWindow *TestEditPhone::openPhones()
{
    m_window->findChild<QAction *>(u"actionShowPhones"_s)->trigger();
    PhonesWindow *phones = m_window->phonesWindow();
    if (phones)
        (void)QTest::qWaitForWindowExposed(phones);
    return phones;
}

void TestEditPhone::select(const QString &extension)
{
    auto *table = child<QTableWidget>(m_window->phonesWindow(), "phonesTableWidget");
    table->clearSelection();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == extension) {
            table->selectRow(row);
            return;
        }
    }
    QFAIL(qPrintable(u"no row for "_s + extension));
}

QJsonObject TestEditPhone::simulatorPhone(const QString &extension) const
{
    const QJsonArray phones = m_app->simulator()->phones();
    for (const QJsonValue &phone : phones) {
        const QJsonObject object = phone.toObject();
        if (object.value(u"extension"_s).toString() == extension)
            return object;
    }
    return {};
}

QList<HistoryAttempt> TestEditPhone::updateAttempts() const
{
    QList<HistoryAttempt> result;
    for (const HistoryAttempt &attempt : m_app->context()->history().query({}, 0, 100)) {
        if (attempt.function == "update_phone"_L1)
            result.append(attempt);
    }
    return result;
}

EditPhoneDialog *TestEditPhone::openEditor(const QString &extension)
{
    select(extension);
    auto *edit = child<QPushButton>(m_window->phonesWindow(), "editButton");
    if (!edit->isEnabled())
        return nullptr;
    QTest::mouseClick(edit, Qt::LeftButton);
    return m_window->phonesWindow()->findChild<EditPhoneDialog *>();
}

void TestEditPhone::setText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestEditPhone::editSendsOnlyChangedFields()
{
    ProvisioningService &service = m_app->context()->service();
    QVERIFY(service.submit(test::makePhone(u"7201"_s)) > 0);
    QVERIFY(service.submit(test::makePhone(u"7202"_s)) > 0);
    QTRY_VERIFY(service.isIdle());
    PhonesWindow *phones = openPhones();
    QVERIFY(phones);

    // Two selected: no editing; nothing selected: none either.
    auto *table = child<QTableWidget>(phones, "phonesTableWidget");
    table->selectAll();
    QVERIFY(!child<QPushButton>(phones, "editButton")->isEnabled());
    QVERIFY(!child<QPushButton>(phones, "createAgainButton")->isEnabled());

    QPointer<EditPhoneDialog> dialog = openEditor(u"7201"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *extension = child<QLineEdit>(dialog, "extensionLineEdit");
    QCOMPARE(extension->text(), u"7201"_s);
    QVERIFY(extension->isReadOnly());
    QVERIFY(child<QLineEdit>(dialog, "serverIpLineEdit")->isReadOnly());
    QCOMPARE(child<QLineEdit>(dialog, "phoneLoginLineEdit")->text(), u"7201"_s);
    QCOMPARE(child<QLineEdit>(dialog, "phoneFullNameLineEdit")->text(), u"Agent 7201"_s);
    QCOMPARE(child<QComboBox>(dialog, "protocolComboBox")->currentText(), u"SIP"_s);
    auto *phonePass = child<QLineEdit>(dialog, "phonePassLineEdit");
    QVERIFY(phonePass->text().isEmpty());
    QCOMPARE(phonePass->placeholderText(), EditPhoneDialog::tr("unchanged"));
    QVERIFY(child<QLineEdit>(dialog, "registrationPasswordLineEdit")->text().isEmpty());
    QVERIFY(dialog->changedFields().isEmpty());

    setText(child<QLineEdit>(dialog, "phoneFullNameLineEdit"), u"Agent Changed"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "generatePhonePassPushButton"), Qt::LeftButton);
    const QString password = phonePass->text();
    QVERIFY(password.size() >= 8);
    QCOMPARE(dialog->changedFields(),
             (QList<PhoneField>{PhoneField::PhonePass, PhoneField::PhoneFullName}));

    const QString handout = m_dir.filePath(u"edit-handout.csv"_s);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    // The handout is offered when the update is done.
    MessageBox::setNextAnswer(QMessageBox::Save);
    FileDialog::setNextFileName(handout);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QTRY_VERIFY(service.isIdle());
    QTRY_VERIFY(!dialog); // taken: the dialog is gone
    QTRY_VERIFY(QFile::exists(handout));

    const QJsonObject stored = simulatorPhone(u"7201"_s);
    QCOMPARE(stored.value(u"fullname"_s).toString(), u"Agent Changed"_s);
    QCOMPARE(stored.value(u"pass"_s).toString(), password);
    QCOMPARE(stored.value(u"conf_secret"_s).toString(), u"rg7201"_s);
    QCOMPARE(stored.value(u"login"_s).toString(), u"7201"_s);
    QCOMPARE(simulatorPhone(u"7202"_s).value(u"fullname"_s).toString(), u"Agent 7202"_s);

    const QList<HistoryAttempt> updates = updateAttempts();
    QCOMPARE(updates.size(), 1);
    const QString request = updates.first().redactedRequest;
    QVERIFY2(request.contains(u"phone_full_name="_s), qPrintable(request));
    QVERIFY2(request.contains(u"phone_pass="_s), qPrintable(request));
    QVERIFY2(!request.contains(password), qPrintable(request));
    for (const QString &untouched :
         {u"phone_login="_s, u"registration_password="_s, u"dialplan_number="_s, u"voicemail_id="_s,
          u"protocol="_s, u"local_gmt="_s, u"outbound_cid="_s, u"phone_context="_s, u"email="_s,
          u"is_webphone="_s, u"active="_s})
        QVERIFY2(!request.contains(untouched), qPrintable(request));

    QFile file(handout);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                                   QFile::WriteOther | QFile::ExeOwner),
             QFile::Permissions());
    QVERIFY(file.permissions() & QFile::ReadOwner);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains(password.toUtf8()));
    QVERIFY(text.contains("7201"));
    QVERIFY(!text.contains("7202"));

    QTRY_VERIFY(child<QLabel>(phones, "summaryLabel")->text().contains(u"1 succeeded"_s));
    QVERIFY(child<QLabel>(phones, "summaryLabel")->text().contains(u"edit-handout.csv"_s));
    QCOMPARE(phones->stateText(u"7201"_s, test::kServerIp), PhonesWindow::tr("Active"));
    // The table is read again: the new name is shown.
    QVERIFY(!child<QTableWidget>(phones, "phonesTableWidget")
                 ->findItems(u"Agent Changed"_s, Qt::MatchExactly)
                 .isEmpty());
}

void TestEditPhone::loginOfAnotherPhoneIsRefusedAndInputKept()
{
    ProvisioningService &service = m_app->context()->service();
    QVERIFY(service.submit(test::makePhone(u"7211"_s)) > 0);
    QVERIFY(service.submit(test::makePhone(u"7212"_s, u"agent7212"_s)) > 0);
    QTRY_VERIFY(service.isIdle());
    QVERIFY(openPhones());

    QPointer<EditPhoneDialog> dialog = openEditor(u"7211"_s);
    QVERIFY(dialog);
    auto *login = child<QLineEdit>(dialog, "phoneLoginLineEdit");
    auto *name = child<QLineEdit>(dialog, "phoneFullNameLineEdit");
    setText(login, u"AGENT7212"_s);
    setText(name, u"Kept Name"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "generateRegistrationPasswordPushButton"),
                      Qt::LeftButton);
    const QString registration = child<QLineEdit>(dialog, "registrationPasswordLineEdit")->text();
    auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTest::qWait(200);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->issuesText().contains(fieldLabel(PhoneField::PhoneLogin)),
             qPrintable(dialog->issuesText()));
    QVERIFY2(dialog->issuesText().contains(u"AGENT7212"_s), qPrintable(dialog->issuesText()));
    QCOMPARE(login->text(), u"AGENT7212"_s);
    QCOMPARE(name->text(), u"Kept Name"_s);
    QCOMPARE(child<QLineEdit>(dialog, "registrationPasswordLineEdit")->text(), registration);
    QVERIFY(updateAttempts().isEmpty());
    QVERIFY(service.isIdle());

    // A character the server would strip is refused as well, naming the field.
    setText(login, u"ag!7211"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->issuesText().contains(fieldLabel(PhoneField::PhoneLogin)),
             qPrintable(dialog->issuesText()));
    QCOMPARE(name->text(), u"Kept Name"_s);
    QVERIFY(updateAttempts().isEmpty());
    QCOMPARE(simulatorPhone(u"7211"_s).value(u"login"_s).toString(), u"7211"_s);
    QCOMPARE(simulatorPhone(u"7211"_s).value(u"fullname"_s).toString(), u"Agent 7211"_s);

    // Cancel: nothing sent.
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel),
        Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QTest::qWait(100);
    QVERIFY(updateAttempts().isEmpty());
}

// 7241 is deleted behind the window's back (its list is not read again):
// the server answers that the phone does not exist, and the dialog comes
// back with everything typed and that answer.
void TestEditPhone::serverRefusalOpensTheDialogAgain()
{
    ProvisioningService &service = m_app->context()->service();
    QVERIFY(service.submit(test::makePhone(u"7241"_s)) > 0);
    QTRY_VERIFY(service.isIdle());
    PhonesWindow *phones = openPhones();
    QVERIFY(phones);
    QVERIFY(service.submit(Operation::deletePhone(u"7241"_s, test::kServerIp)) > 0);
    QTRY_VERIFY(service.isIdle());
    QCOMPARE(phones->stateText(u"7241"_s, test::kServerIp), PhonesWindow::tr("Active"));

    QPointer<EditPhoneDialog> dialog = openEditor(u"7241"_s);
    QVERIFY(dialog);
    setText(child<QLineEdit>(dialog, "phoneFullNameLineEdit"), u"Typed Name"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "generateRegistrationPasswordPushButton"),
                      Qt::LeftButton);
    const QString registration = child<QLineEdit>(dialog, "registrationPasswordLineEdit")->text();
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_COMPARE(updateAttempts().size(), 2); // the delete and the refused change
    QTRY_VERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY(!dialog->issuesText().isEmpty());
    QVERIFY2(dialog->issuesText().contains(outcomeTitle(Outcome::PhoneNotFound)),
             qPrintable(dialog->issuesText()));
    QCOMPARE(child<QLineEdit>(dialog, "phoneFullNameLineEdit")->text(), u"Typed Name"_s);
    QCOMPARE(child<QLineEdit>(dialog, "registrationPasswordLineEdit")->text(), registration);
    QTRY_VERIFY(child<QLabel>(phones, "summaryLabel")->text().contains(u"1 failed"_s));
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel),
        Qt::LeftButton);
    QTRY_VERIFY(!dialog);
}

void TestEditPhone::createAgainWithNewPasswords()
{
    ProvisioningService &service = m_app->context()->service();
    QVERIFY(service.submit(test::makePhone(u"7221"_s)) > 0);
    QVERIFY(service.submit(test::makePhone(u"7222"_s)) > 0);
    QTRY_VERIFY(service.isIdle());
    QVERIFY(service.submit(Operation::deletePhone(u"7221"_s, test::kServerIp)) > 0);
    QTRY_VERIFY(service.isIdle());
    QVERIFY(simulatorPhone(u"7221"_s).isEmpty());
    PhonesWindow *phones = openPhones();
    QVERIFY(phones);
    QCOMPARE(phones->stateText(u"7221"_s, test::kServerIp), PhonesWindow::tr("Deleted"));

    auto *createAgain = child<QPushButton>(phones, "createAgainButton");
    select(u"7222"_s);
    QVERIFY(!createAgain->isEnabled());
    select(u"7221"_s);
    QVERIFY(createAgain->isEnabled());
    QVERIFY(!child<QPushButton>(phones, "editButton")->isEnabled());

    // Declined: nothing sent.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(createAgain, Qt::LeftButton);
    const VicidialSystem system = phones->currentSystem();
    QVERIFY2(MessageBox::lastText().contains(u"1 phone"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(system.name.isEmpty() ? system.key : system.name));
    QTest::qWait(100);
    QVERIFY(simulatorPhone(u"7221"_s).isEmpty());

    const QString handout = m_dir.filePath(u"again-handout.csv"_s);
    select(u"7221"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(createAgain, Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::Save);
    FileDialog::setNextFileName(handout);
    QTRY_COMPARE(phones->stateText(u"7221"_s, test::kServerIp), PhonesWindow::tr("Active"));
    QTRY_VERIFY(QFile::exists(handout));

    const QJsonObject stored = simulatorPhone(u"7221"_s);
    const QString pass = stored.value(u"pass"_s).toString();
    const QString secret = stored.value(u"conf_secret"_s).toString();
    QVERIFY(!pass.isEmpty());
    QVERIFY(!secret.isEmpty());
    QVERIFY(pass != u"pw7221"_s);
    QVERIFY(secret != u"rg7221"_s);
    QCOMPARE(stored.value(u"fullname"_s).toString(), u"Agent 7221"_s);
    QCOMPARE(stored.value(u"login"_s).toString(), u"7221"_s);

    QFile file(handout);
    QCOMPARE(int(file.permissions() &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser)),
             0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains(pass.toUtf8()));
    QVERIFY(text.contains(secret.toUtf8()));
    // The passwords are nowhere in the history.
    for (const HistoryAttempt &attempt : m_app->context()->history().query({}, 0, 100)) {
        QVERIFY(!attempt.redactedRequest.contains(pass));
        QVERIFY(!attempt.redactedReply.contains(pass));
    }
    QTRY_VERIFY(child<QLabel>(phones, "summaryLabel")->text().contains(u"1 succeeded"_s));
}

// 7231's recorded login has 16 characters (recorded by an older version of
// the rules): it is named in the question and not sent; 7232 is made again.
void TestEditPhone::createAgainNamesRowsNoLongerValid()
{
    HistoryStore &history = m_app->context()->history();
    HistoryAttempt attempt;
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    attempt.serverUrl = m_app->context()->connectionConfig().apiUrl.toString();
    attempt.apiUser = u"apiadmin"_s;
    attempt.method = u"POST"_s;
    attempt.function = u"add_phone"_s;
    attempt.phone = test::makePhone(u"7231"_s).withoutSecrets();
    attempt.phone.setValue(PhoneField::PhoneLogin, u"agent7231toolong"_s);
    attempt.redactedRequest = u"POST x\nfunction=add_phone&extension=7231"_s;
    qint64 id = history.recordStart(attempt);
    QVERIFY(id > 0);
    QVERIFY(history.recordFinish(id, Outcome::Added, 200, {}, u"SUCCESS"_s, 1));
    attempt.function = u"update_phone"_s;
    attempt.redactedRequest = u"POST x\nfunction=update_phone&extension=7231&delete_phone=Y"_s;
    id = history.recordStart(attempt);
    QVERIFY(id > 0);
    QVERIFY(history.recordFinish(id, Outcome::Updated, 200, {}, u"SUCCESS"_s, 1));

    ProvisioningService &service = m_app->context()->service();
    QVERIFY(service.submit(test::makePhone(u"7232"_s)) > 0);
    QTRY_VERIFY(service.isIdle());
    QVERIFY(service.submit(Operation::deletePhone(u"7232"_s, test::kServerIp)) > 0);
    QTRY_VERIFY(service.isIdle());
    PhonesWindow *phones = openPhones();
    QVERIFY(phones);
    QCOMPARE(phones->stateText(u"7231"_s, test::kServerIp), PhonesWindow::tr("Deleted"));
    QCOMPARE(phones->stateText(u"7232"_s, test::kServerIp), PhonesWindow::tr("Deleted"));

    child<QTableWidget>(phones, "phonesTableWidget")->selectAll();
    auto *createAgain = child<QPushButton>(phones, "createAgainButton");
    QVERIFY(createAgain->isEnabled());
    const int addsBefore = history.count([] {
        HistoryFilter filter;
        filter.text = u"7231"_s;
        return filter;
    }());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(createAgain, Qt::LeftButton);
    const QString question = MessageBox::lastText();
    QVERIFY2(question.contains(u"1 phone"_s), qPrintable(question));
    QVERIFY2(question.contains(u"7231: "_s), qPrintable(question));
    QVERIFY2(question.contains(fieldLabel(PhoneField::PhoneLogin)), qPrintable(question));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTRY_COMPARE(phones->stateText(u"7232"_s, test::kServerIp), PhonesWindow::tr("Active"));
    QVERIFY(!simulatorPhone(u"7232"_s).isEmpty());
    QVERIFY(simulatorPhone(u"7231"_s).isEmpty());
    QCOMPARE(phones->stateText(u"7231"_s, test::kServerIp), PhonesWindow::tr("Deleted"));
    QCOMPARE(history.count([] {
        HistoryFilter filter;
        filter.text = u"7231"_s;
        return filter;
    }()),
             addsBefore);
    QVERIFY2(child<QLabel>(phones, "summaryLabel")->text().contains(u"7231"_s),
             qPrintable(child<QLabel>(phones, "summaryLabel")->text()));
}

QTEST_MAIN(TestEditPhone)
#include "TestEditPhone.moc"
