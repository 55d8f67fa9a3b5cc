// AliasFollowUp: a generated alias goes only once every one of its phones
// exists; one whose phone failed or was not sent is reported, not sent.
#include "import/AliasFollowUp.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

class TestAliasFollowUp : public QObject
{
    Q_OBJECT

private slots:
    void readyWhenEveryLoginExists();
    void failedPhoneBlocksItsAlias();
    void retriedPhoneUnblocks();
    void loginsAsSentAndRowsNotSent();
};

namespace {
QList<Operation> twoAliases()
{
    return {Operation::addAlias(u"1001"_s, u"Agent 1001"_s, {u"1001a"_s, u"1001b"_s}),
            Operation::addAlias(u"1002"_s, u"Agent 1002"_s, {u"1002a"_s, u"1002b"_s})};
}

QHash<QString, QString> allSent()
{
    QHash<QString, QString> sent;
    for (const QString &login : {u"1001a"_s, u"1001b"_s, u"1002a"_s, u"1002b"_s})
        sent.insert(login, login);
    return sent;
}
} // namespace

void TestAliasFollowUp::readyWhenEveryLoginExists()
{
    AliasFollowUp followUp(twoAliases(), allSent());
    QCOMPARE(followUp.count(), 2);
    QVERIFY(followUp.takeReady().isEmpty());
    followUp.recordLogin(u"1001a"_s, Outcome::Added);
    QVERIFY(followUp.takeReady().isEmpty());
    QVERIFY(!followUp.isSettled());
    // An existing login counts: the alias needs it on the server, not new.
    followUp.recordLogin(u"1001B"_s, Outcome::LoginExists);
    const QList<Operation> ready = followUp.takeReady();
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().aliasId(), u"1001"_s);
    QVERIFY(followUp.takeReady().isEmpty()); // handed out once
    followUp.recordLogin(u"1002a"_s, Outcome::Added);
    followUp.recordLogin(u"1002b"_s, Outcome::AlreadyExistsOnServer);
    QCOMPARE(followUp.takeReady().size(), 1);
    QVERIFY(followUp.isSettled());
    QVERIFY(followUp.blockedReasons().isEmpty());
}

void TestAliasFollowUp::failedPhoneBlocksItsAlias()
{
    AliasFollowUp followUp(twoAliases(), allSent());
    followUp.recordLogin(u"1001a"_s, Outcome::Added);
    followUp.recordLogin(u"1001b"_s, Outcome::UnknownServer);
    followUp.recordLogin(u"1002a"_s, Outcome::Added);
    QVERIFY(followUp.takeReady().isEmpty());
    QVERIFY(!followUp.isSettled()); // 1002b has no answer yet
    followUp.recordLogin(u"1002b"_s, Outcome::Added);
    QCOMPARE(followUp.takeReady().size(), 1);
    QVERIFY(followUp.isSettled());
    const QStringList reasons = followUp.blockedReasons();
    QCOMPARE(reasons.size(), 1);
    QVERIFY2(reasons.first().contains(u"alias 1001"_s), qPrintable(reasons.first()));
    QVERIFY2(reasons.first().contains(u"1001b"_s), qPrintable(reasons.first()));
    QVERIFY2(reasons.first().contains(outcomeTitle(Outcome::UnknownServer)),
             qPrintable(reasons.first()));
}

void TestAliasFollowUp::retriedPhoneUnblocks()
{
    AliasFollowUp followUp(twoAliases(), allSent());
    followUp.recordLogin(u"1001a"_s, Outcome::Added);
    followUp.recordLogin(u"1001b"_s, Outcome::Timeout);
    QVERIFY(followUp.takeReady().isEmpty());
    followUp.recordLogin(u"1001b"_s, Outcome::Added); // "Retry failed"
    QCOMPARE(followUp.takeReady().size(), 1);
}

void TestAliasFollowUp::loginsAsSentAndRowsNotSent()
{
    // The preview changed 1001b to agent1001b and dropped 1002b's row.
    QHash<QString, QString> sent = allSent();
    sent.insert(u"1001b"_s, u"agent1001b"_s);
    sent.remove(u"1002b"_s);
    AliasFollowUp followUp(twoAliases(), sent);
    followUp.recordLogin(u"1001a"_s, Outcome::Added);
    followUp.recordLogin(u"agent1001b"_s, Outcome::Added);
    followUp.recordLogin(u"1002a"_s, Outcome::Added);
    const QList<Operation> ready = followUp.takeReady();
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().aliasLogins(), (QStringList{u"1001a"_s, u"agent1001b"_s}));
    QVERIFY(followUp.isSettled());
    QVERIFY2(followUp.blockedReasons().value(0).contains(u"1002b was not sent"_s),
             qPrintable(followUp.blockedReasons().value(0)));
}

QTEST_GUILESS_MAIN(TestAliasFollowUp)
#include "TestAliasFollowUp.moc"
