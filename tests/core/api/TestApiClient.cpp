// The transport against the project's simulator on a loopback port: a reply
// becomes the parser's input, the time limit and abort end a call exactly
// once, redirects are not followed, and concurrency 7 and 8 really run in
// parallel (Qt opens at most 6 connections per host and manager).
#include "api/ApiClient.h"
#include "Simulator.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

namespace {
ApiCredentials login()
{
    return {u"apiadmin"_s, u"Secret123"_s, u"test"_s};
}

PhoneRecord makePhone(int n)
{
    const QString e = QString::number(n);
    PhoneRecord phone;
    phone.setValue(PhoneField::Extension, e);
    phone.setValue(PhoneField::DialplanNumber, e);
    phone.setValue(PhoneField::VoicemailId, e);
    phone.setValue(PhoneField::PhoneLogin, e);
    phone.setValue(PhoneField::PhonePass, u"pw"_s + e);
    phone.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
    phone.setValue(PhoneField::Protocol, u"SIP"_s);
    phone.setValue(PhoneField::RegistrationPassword, u"rg"_s + e);
    phone.setValue(PhoneField::PhoneFullName, u"Agent "_s + e);
    phone.setValue(PhoneField::LocalGmt, u"-5.00"_s);
    phone.setValue(PhoneField::OutboundCid, u"3125551212"_s);
    return phone;
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;

private slots:
    void init()
    {
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->listen(0));
    }

    void cleanup() { m_sim.reset(); }

    void replyBecomesParserInput_data()
    {
        QTest::addColumn<bool>("get");
        QTest::newRow("POST") << false;
        QTest::newRow("GET") << true;
    }

    void replyBecomesParserInput()
    {
        QFETCH(bool, get);
        ApiClient client;
        TransportOptions options;
        options.method = get ? HttpMethod::Get : HttpMethod::Post;
        QList<ApiReply> replies;
        const auto call =
            client.send(ApiRequest::addPhone(m_sim->apiUrl(), login(), makePhone(8001)), options,
                        [&](const ApiReply &r) { replies << r; });
        QVERIFY(client.isInFlight(call));
        QTRY_COMPARE(replies.size(), 1);
        QVERIFY(!client.isInFlight(call));
        QCOMPARE(client.inFlightCount(), 0);
        const ReplyInput &input = replies[0].input;
        QCOMPARE(input.httpStatus, 200);
        QCOMPARE(input.networkError, QNetworkReply::NoError);
        QVERIFY2(input.body.startsWith("SUCCESS: add_phone PHONE HAS BEEN ADDED"),
                 input.body.constData());
        QVERIFY(!input.timedOut);
        QVERIFY(!input.aborted);
        QVERIFY(replies[0].rejectedCertificate.isEmpty());
        QCOMPARE(ReplyParser::parse(input, {}).outcome, Outcome::Added);
        QCOMPARE(m_sim->phones().size(), 1);
    }

    void timeLimitEndsTheCallOnce()
    {
        m_sim->setLatencyMs(3000);
        ApiClient client;
        TransportOptions options;
        options.timeoutMs = 300;
        int calls = 0;
        ReplyInput input;
        client.send(ApiRequest::version(m_sim->apiUrl()), options, [&](const ApiReply &r) {
            ++calls;
            input = r.input;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
        QVERIFY(input.timedOut);
        QVERIFY(!input.aborted);
        QCOMPARE(ReplyParser::parse(input, {}).outcome, Outcome::Timeout);
        QTest::qWait(400); // the timer is gone with the reply: no second call
        QCOMPARE(calls, 1);
    }

    void abortCallsBackAtOnce()
    {
        m_sim->setLatencyMs(2000);
        ApiClient client;
        int calls = 0;
        bool aborted = false;
        const auto call =
            client.send(ApiRequest::version(m_sim->apiUrl()), {}, [&](const ApiReply &r) {
                ++calls;
                aborted = r.input.aborted;
            });
        QTRY_COMPARE(m_sim->stats().inFlight, 1);
        client.abort(call);
        QCOMPARE(calls, 1); // from inside abort()
        QVERIFY(aborted);
        QVERIFY(!client.isInFlight(call));
        client.abort(call); // a finished call: nothing happens
        QCOMPARE(calls, 1);
    }

    void handlerMaySendAgain()
    {
        // The add of an inactive phone sends its switch-off from the add's handler.
        ApiClient client;
        QList<QByteArray> bodies;
        client.send(ApiRequest::addPhone(m_sim->apiUrl(), login(), makePhone(8101)), {},
                    [&](const ApiReply &r) {
                        bodies << r.input.body;
                        client.send(
                            ApiRequest::updatePhoneActive(m_sim->apiUrl(), login(), u"8101"_s,
                                                          u"10.10.10.15"_s, false),
                            {}, [&](const ApiReply &second) { bodies << second.input.body; });
                    });
        QTRY_COMPARE(bodies.size(), 2);
        QVERIFY2(bodies[1].startsWith("SUCCESS: update_phone"), bodies[1].constData());
    }

    void redirectIsNotFollowed()
    {
        m_sim->setFaultRate(sim::Fault::Redirect, 1.0);
        ApiClient client;
        QList<ApiReply> replies;
        client.send(ApiRequest::version(m_sim->apiUrl()), {},
                    [&](const ApiReply &r) { replies << r; });
        QTRY_COMPARE(replies.size(), 1);
        QCOMPARE(replies[0].input.httpStatus, 302);
        // Followed, the reply would be the login page's, not the 302.
        QCOMPARE(replies[0].input.redirectUrl.path(), u"/sim/login"_s);
    }

    void eightRequestsRunInParallel()
    {
        m_sim->setLatencyMs(400);
        ApiClient client;
        int done = 0;
        for (int i = 0; i < 8; ++i)
            client.send(ApiRequest::addPhone(m_sim->apiUrl(), login(), makePhone(8200 + i)), {},
                        [&](const ApiReply &) { ++done; });
        QCOMPARE(client.inFlightCount(), 8);
        QTRY_COMPARE_WITH_TIMEOUT(done, 8, 10000);
        QCOMPARE(m_sim->stats().maxConcurrent, 8);
        QCOMPARE(m_sim->phones().size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "TestApiClient.moc"
