// Login and lock-out timing with an injected clock.
#include "SimTestClient.h"
#include "Simulator.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace simtest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kBad = "ERROR: Login incorrect, please try again: |locktest|Wrong1|BAD|\n";
const QByteArray kLock =
    "ERROR: Too many login attempts, try again in 15 minutes: |locktest|LOCK|\n";
const QByteArray kGood =
    "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |locktest|||||||||||\n";

} // namespace

class TestSimLogin : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QFile file(QString::fromUtf8(VP_TEST_DATA_DIR "/sim/test-config.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_sim =
            std::make_unique<sim::Simulator>(*sim::SimConfig::fromJson(file.readAll(), nullptr));
        m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        m_sim->setClock([this] { return m_now; });
        QVERIFY(m_sim->listen());
    }
    void cleanup() { m_sim.reset(); }

    // The first lock comes after 10 failures when the user logged in within the
    // last 15 minutes, and only after 20 when not (the counter restarts once).
    void firstLock_data()
    {
        QTest::addColumn<bool>("recentGoodLogin");
        QTest::addColumn<int>("failuresBeforeLock");
        QTest::newRow("no good login in the last 15 minutes: locks on the 21st") << false << 20;
        QTest::newRow("good login just before: locks on the 11th") << true << 10;
    }

    void firstLock()
    {
        QFETCH(bool, recentGoodLogin);
        QFETCH(int, failuresBeforeLock);
        if (recentGoodLogin)
            QCOMPARE(attempt("Lock123"), kGood);
        for (int i = 1; i <= failuresBeforeLock; ++i) {
            m_now = m_now.addSecs(5);
            QCOMPARE(attempt("Wrong1"), kBad);
        }
        m_now = m_now.addSecs(5);
        QCOMPARE(attempt("Wrong1"), kLock);
        // Now even the right password is refused, and the lock does not echo it.
        QCOMPARE(attempt("Lock123"), kLock);
        QCOMPARE(attempt("Wrong1"), kLock);
    }

    void lockLastsFifteenMinutesFromTheLastStamp()
    {
        // A good login at 09:00 stamps the account; 10 failures follow.
        QCOMPARE(attempt("Lock123"), kGood);
        const QDateTime stamp = m_now;
        for (int i = 0; i < 10; ++i)
            QCOMPARE(attempt("Wrong1"), kBad);
        m_now = stamp.addSecs(60);
        QCOMPARE(attempt("Lock123"), kLock);
        m_now = stamp.addSecs(15 * 60 - 1);
        QCOMPARE(attempt("Lock123"), kLock);
        m_now = stamp.addSecs(15 * 60 + 1);
        QCOMPARE(attempt("Lock123"), kGood);
        // The good login cleared the counter: one failure is just BAD again.
        QCOMPARE(attempt("Wrong1"), kBad);
        QCOMPARE(attempt("Lock123"), kGood);
    }

    void wrongPasswordAfterTheLockRestartsTheCount()
    {
        QCOMPARE(attempt("Lock123"), kGood);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(attempt("Wrong1"), kBad);
        QCOMPARE(attempt("Wrong1"), kLock);
        m_now = m_now.addSecs(16 * 60);
        // Past the 15 minutes a failure restarts the counter at 1 with a new stamp.
        QCOMPARE(attempt("Wrong1"), kBad);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(attempt("Wrong1"), kBad);
        QCOMPARE(attempt("Wrong1"), kLock);
    }

    void resetClearsLockOuts()
    {
        for (int i = 0; i < 20; ++i)
            QCOMPARE(attempt("Wrong1"), kBad);
        QCOMPARE(attempt("Lock123"), kLock);
        QNetworkAccessManager nam;
        QUrl url = m_sim->baseUrl();
        url.setPath(u"/sim/reset"_s);
        const HttpResult r = post(nam, url, QByteArray());
        QCOMPARE(r.status, 200);
        QCOMPARE(attempt("Lock123"), kGood);
    }

    void otherUsersAreNotLocked()
    {
        for (int i = 0; i < 21; ++i)
            attempt("Wrong1");
        QCOMPARE(attempt("Lock123"), kLock);
        QNetworkAccessManager nam;
        QCOMPARE(post(nam, m_sim->apiUrl(),
                      "function=add_phone&user=apiadmin&pass=Secret123&source=test")
                     .body,
                 "ERROR: add_phone YOU MUST USE ALL REQUIRED FIELDS: |apiadmin|||||||||||\n"_ba);
    }

    void unknownUsersNeverLock()
    {
        QNetworkAccessManager nam;
        for (int i = 0; i < 25; ++i) {
            QCOMPARE(
                post(nam, m_sim->apiUrl(), "function=add_phone&user=ghost&pass=x&source=test").body,
                "ERROR: Login incorrect, please try again: |ghost|x|BAD|\n"_ba);
        }
    }

    void versionWorksWhileLocked()
    {
        for (int i = 0; i < 21; ++i)
            attempt("Wrong1");
        QNetworkAccessManager nam;
        const HttpResult r =
            post(nam, m_sim->apiUrl(), "function=version&user=locktest&pass=Lock123");
        QVERIFY(r.body.startsWith("VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2026-03-02 09:"));
    }

private:
    QByteArray attempt(const QByteArray &pass)
    {
        QNetworkAccessManager nam;
        return post(nam, m_sim->apiUrl(),
                    "function=add_phone&user=locktest&source=test&pass=" + pass)
            .body;
    }

    std::unique_ptr<sim::Simulator> m_sim;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TestSimLogin)
#include "TestSimLogin.moc"
