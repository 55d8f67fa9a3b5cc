#include "api/ApiRequest.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace vp;

namespace {

const QUrl kApiUrl(u"http://10.10.10.15/vicidial/non_agent_api.php"_s);

ApiCredentials credentials()
{
    ApiCredentials c;
    c.user = u"apiadmin"_s;
    c.password = u"S3cret+&=!'\"$x"_s;
    c.source = u"viciprov"_s;
    return c;
}

PhoneRecord phone()
{
    PhoneRecord p;
    p.setValue(PhoneField::Extension, u"8001"_s);
    p.setValue(PhoneField::DialplanNumber, u"8001"_s);
    p.setValue(PhoneField::VoicemailId, u"8001"_s);
    p.setValue(PhoneField::PhoneLogin, u"8001"_s);
    p.setValue(PhoneField::PhonePass, u"pw 8001!"_s);
    p.setValue(PhoneField::ServerIp, u"10.10.10.15"_s);
    p.setValue(PhoneField::Protocol, u"SIP"_s);
    p.setValue(PhoneField::RegistrationPassword, u"rg`id`8001"_s);
    p.setValue(PhoneField::PhoneFullName, u"O'Brien A+B & C"_s);
    p.setValue(PhoneField::LocalGmt, u"-5.00"_s);
    p.setValue(PhoneField::OutboundCid, u"3125551212"_s);
    p.setValue(PhoneField::Email, u"josé+1@example.com"_s);
    p.setValue(PhoneField::IsWebphone, u"N"_s);
    return p;
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

QStringList names(const ApiRequest::Parameters &params)
{
    QStringList out;
    for (const auto &pair : params)
        out << pair.first;
    return out;
}

} // namespace

class TestApiRequest : public QObject
{
    Q_OBJECT
private slots:
    void encodeForm_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plus is %2B, never a space") << u"+1"_s << QByteArray("v=%2B1");
        QTest::newRow("space is %20") << u"Test Phone"_s << QByteArray("v=Test%20Phone");
        QTest::newRow("UTF-8 e acute") << u"José"_s << QByteArray("v=Jos%C3%A9");
        QTest::newRow("ampersand") << u"A&B"_s << QByteArray("v=A%26B");
        QTest::newRow("equals sign") << u"a=b"_s << QByteArray("v=a%3Db");
        QTest::newRow("unreserved kept") << u"aZ09-._~"_s << QByteArray("v=aZ09-._~");
        QTest::newRow("reserved encoded") << u"*#/?:@%"_s << QByteArray("v=%2A%23%2F%3F%3A%40%25");
        QTest::newRow("quotes") << u"O'Brien \"x\""_s << QByteArray("v=O%27Brien%20%22x%22");
        QTest::newRow("empty value") << QString() << QByteArray("v=");
        QTest::newRow("spec example A+B & C") << u"A+B & C"_s << QByteArray("v=A%2BB%20%26%20C");
    }

    void encodeForm()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, encoded);
        QCOMPARE(ApiRequest::encodeForm({{u"v"_s, value}}), encoded);
    }

    void encodeFormJoinsInOrder()
    {
        QCOMPARE(ApiRequest::encodeForm({{u"function"_s, u"version"_s}, {u"a b"_s, u"1"_s}}),
                 QByteArray("function=version&a%20b=1"));
    }

    void addPhoneSendsRequiredAlwaysOptionalWhenGiven()
    {
        PhoneRecord p = phone();
        p.setValue(PhoneField::OutboundCid, QString()); // required: still sent, empty
        const ApiRequest request = ApiRequest::addPhone(kApiUrl, credentials(), p);
        QCOMPARE(request.function(), u"add_phone"_s);
        QCOMPARE(names(request.parameters()),
                 words("function user pass source extension dialplan_number voicemail_id "
                       "phone_login phone_pass server_ip protocol registration_password "
                       "phone_full_name local_gmt outbound_cid email is_webphone"));
        QCOMPARE(request.parameter(u"function"_s), u"add_phone"_s);
        QCOMPARE(request.parameter(u"outbound_cid"_s), QString());
        QCOMPARE(request.parameter(u"phone_full_name"_s), u"O'Brien A+B & C"_s);
        QCOMPARE(request.parameter(u"source"_s), u"viciprov"_s);
        QCOMPARE(request.secrets(),
                 QStringList({credentials().password, u"pw 8001!"_s, u"rg`id`8001"_s}));
    }

    void emptySecretsAreNotListed()
    {
        PhoneRecord p = phone();
        p.setValue(PhoneField::PhonePass, QString());
        ApiCredentials c = credentials();
        c.password.clear();
        const ApiRequest request = ApiRequest::addPhone(kApiUrl, c, p);
        QCOMPARE(request.secrets(), QStringList({u"rg`id`8001"_s}));
    }

    void credentialProbeHasNoPhoneFields()
    {
        const ApiRequest request = ApiRequest::credentialProbe(kApiUrl, credentials());
        QCOMPARE(request.function(), u"add_phone"_s);
        QCOMPARE(names(request.parameters()), words("function user pass source"));
        QCOMPARE(request.secrets(), QStringList({credentials().password}));
    }

    void versionCarriesNoCredentials()
    {
        const ApiRequest request = ApiRequest::version(kApiUrl);
        QCOMPARE(request.function(), u"version"_s);
        QCOMPARE(names(request.parameters()), words("function"));
        QVERIFY(request.secrets().isEmpty());
        QCOMPARE(request.url(HttpMethod::Get).toString(QUrl::FullyEncoded),
                 u"http://10.10.10.15/vicidial/non_agent_api.php?function=version"_s);
    }

    void updatePhoneActive_data()
    {
        QTest::addColumn<bool>("active");
        QTest::addColumn<QString>("flag");
        QTest::newRow("deactivate") << false << u"N"_s;
        QTest::newRow("activate") << true << u"Y"_s;
    }

    void updatePhoneActive()
    {
        QFETCH(bool, active);
        QFETCH(QString, flag);
        const ApiRequest request = ApiRequest::updatePhoneActive(kApiUrl, credentials(), u"8001"_s,
                                                                 u"10.10.10.15"_s, active);
        QCOMPARE(request.function(), u"update_phone"_s);
        QCOMPARE(names(request.parameters()),
                 words("function user pass source extension server_ip active"));
        QCOMPARE(request.parameter(u"active"_s), flag);
    }

    void postKeepsSecretsOutOfTheUrl()
    {
        const ApiRequest request = ApiRequest::addPhone(kApiUrl, credentials(), phone());
        const QNetworkRequest post = request.networkRequest(HttpMethod::Post);
        QCOMPARE(post.url(), kApiUrl);
        QVERIFY(!post.url().hasQuery());
        QCOMPARE(post.header(QNetworkRequest::ContentTypeHeader).toString(),
                 u"application/x-www-form-urlencoded"_s);
        const QByteArray body = request.body(HttpMethod::Post);
        QCOMPARE(body, ApiRequest::encodeForm(request.parameters()));
        QVERIFY(
            body.startsWith("function=add_phone&user=apiadmin&pass=S3cret%2B%26%3D%21%27%22%24x&"));
        QVERIFY(body.contains("&phone_full_name=O%27Brien%20A%2BB%20%26%20C&"));
        QVERIFY(body.contains("&email=jos%C3%A9%2B1%40example.com"));
    }

    void getPutsTheQueryOnTheUrl()
    {
        const ApiRequest request = ApiRequest::addPhone(kApiUrl, credentials(), phone());
        const QNetworkRequest get = request.networkRequest(HttpMethod::Get);
        QVERIFY(request.body(HttpMethod::Get).isEmpty());
        const QByteArray encoded = get.url().toEncoded();
        QCOMPARE(encoded, kApiUrl.toEncoded() + '?' + ApiRequest::encodeForm(request.parameters()));
        QVERIFY(encoded.contains("phone_full_name=O%27Brien%20A%2BB%20%26%20C"));
        QVERIFY(!get.header(QNetworkRequest::ContentTypeHeader).isValid());
    }

    void headers_data()
    {
        QTest::addColumn<HttpMethod>("method");
        QTest::newRow("POST") << HttpMethod::Post;
        QTest::newRow("GET") << HttpMethod::Get;
    }

    void headers()
    {
        QFETCH(HttpMethod, method);
        const QNetworkRequest request = ApiRequest::version(kApiUrl).networkRequest(method);
        const QString agent = request.header(QNetworkRequest::UserAgentHeader).toString();
        QCOMPARE(agent, QString::fromUtf8("ViciProvisioner/" VICIPROV_VERSION " (Qt %1)")
                            .arg(QString::fromLatin1(qVersion())));
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
    }

    void redactedDescription_data() { headers_data(); }

    void redactedDescription()
    {
        QFETCH(HttpMethod, method);
        const ApiRequest request = ApiRequest::addPhone(kApiUrl, credentials(), phone());
        const QString text = request.redactedDescription(method);
        for (const QString &secret : request.secrets()) {
            QVERIFY2(!text.contains(secret), qPrintable(text));
            QVERIFY2(!text.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))),
                     qPrintable(text));
        }
        QVERIFY(text.contains("&pass=***&"_L1));
        QVERIFY(text.contains("&phone_pass=***&"_L1));
        QVERIFY(text.contains("&registration_password=***&"_L1));
        QVERIFY(text.contains("user=apiadmin"_L1));
        if (method == HttpMethod::Post) {
            QVERIFY(text.startsWith(
                "POST http://10.10.10.15/vicidial/non_agent_api.php\nfunction=add_phone&"_L1));
        } else {
            QVERIFY(text.startsWith(
                "GET http://10.10.10.15/vicidial/non_agent_api.php?function=add_phone&"_L1));
        }
    }

    void curlCommand_data() { headers_data(); }

    void curlCommand()
    {
        QFETCH(HttpMethod, method);
        const ApiRequest request = ApiRequest::addPhone(kApiUrl, credentials(), phone());
        const QString command = request.curlCommand(method);
        for (const QString &secret : request.secrets())
            QVERIFY2(!command.contains(secret), qPrintable(command));
        QVERIFY(command.contains("\"pass=$VICI_API_PASS\""_L1));
        QVERIFY(command.contains("\"phone_pass=$PHONE_PASS\""_L1));
        QVERIFY(command.contains("\"registration_password=$REGISTRATION_PASS\""_L1));
        QCOMPARE(command.contains(" --get "_L1), method == HttpMethod::Get);

        const QString sh = QStandardPaths::findExecutable(u"sh"_s);
        if (sh.isEmpty())
            QSKIP("no sh on this machine");
        // Valid shell syntax.
        QCOMPARE(QProcess::execute(sh, {u"-n"_s, u"-c"_s, command}), 0);

        // And the shell hands curl exactly the intended arguments: run it with
        // curl replaced by a function that prints them, NUL-separated.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"VICI_API_PASS"_s, credentials().password);
        env.insert(u"PHONE_PASS"_s, u"pw 8001!"_s);
        env.insert(u"REGISTRATION_PASS"_s, u"rg`id`8001"_s);
        process.setProcessEnvironment(env);
        process.start(sh, {u"-c"_s, u"curl() { printf '%s\\0' \"$@\"; }; "_s + command});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QStringList args = QString::fromUtf8(process.readAllStandardOutput())
                               .split(QLatin1Char('\0'), Qt::SkipEmptyParts);
        QCOMPARE(args.takeLast(), kApiUrl.toString());
        QStringList data;
        for (int i = 0; i + 1 < args.size(); ++i) {
            if (args.at(i) == "--data-urlencode"_L1)
                data << args.at(i + 1);
        }
        QStringList expected;
        for (const auto &pair : request.parameters())
            expected << pair.first + QLatin1Char('=') + pair.second;
        QCOMPARE(data, expected);
        QVERIFY(args.contains(QString::fromLatin1(ApiRequest::userAgent())));
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << u"abc"_s << u"'abc'"_s;
        QTest::newRow("single quote") << u"O'Brien"_s << u"'O'\\''Brien'"_s;
        QTest::newRow("dollar and backtick stay literal") << u"$HOME `id`"_s << u"'$HOME `id`'"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
    }

    void shellQuote()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(ApiRequest::shellQuote(text), quoted);
    }
};

QTEST_GUILESS_MAIN(TestApiRequest)
#include "TestApiRequest.moc"
