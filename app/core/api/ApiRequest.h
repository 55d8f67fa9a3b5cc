// One call of the non-agent API as it goes on the wire: its parameters in
// send order, the GET or form-POST request, and forms of it that are safe to
// store or show (no password in them).
#pragma once

#include "model/Operation.h"
#include "model/PhoneRecord.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace vp {

using namespace Qt::StringLiterals;

// POST is the default everywhere: it keeps passwords out of web-server logs.
enum class HttpMethod
{
    Post,
    Get
};

struct ApiCredentials
{
    QString user;
    QString password;
    QString source = u"viciprov"_s;
};

class ApiRequest
{
public:
    using Parameters = QList<QPair<QString, QString>>;

    // function=version: needs no login, proves the URL reaches VICIdial.
    static ApiRequest version(const QUrl &apiUrl);
    // The phone must already be normalised by the caller. Sends the 11 required
    // fields always (empty ones too, so the server names what is missing) and
    // the optional ones only when non-empty, so the server's defaults apply.
    static ApiRequest addPhone(const QUrl &apiUrl, const ApiCredentials &credentials,
                               const PhoneRecord &phone);
    // function=add_phone with user/pass/source and no phone fields: the
    // side-effect-free credential probe (a good login answers "YOU MUST USE
    // ALL REQUIRED FIELDS").
    static ApiRequest credentialProbe(const QUrl &apiUrl, const ApiCredentials &credentials);
    // update_phone with the login only: the server checks the user's right to
    // change phones before it asks for the extension and server IP, so the
    // answer "YOU MUST USE ALL REQUIRED FIELDS" proves that right and no
    // phone can be touched.
    static ApiRequest updatePermissionProbe(const QUrl &apiUrl, const ApiCredentials &credentials);
    static ApiRequest updatePhoneActive(const QUrl &apiUrl, const ApiCredentials &credentials,
                                        const QString &extension, const QString &serverIp,
                                        bool active);
    // update_phone with only the operation's changed fields (the server
    // keeps every field it is not sent).
    static ApiRequest updatePhone(const QUrl &apiUrl, const ApiCredentials &credentials,
                                  const PhoneRecord &phone, const QList<PhoneField> &fields);
    // update_phone delete_phone=Y: nothing else is sent, as the server
    // deletes whatever other fields come with it.
    static ApiRequest deletePhone(const QUrl &apiUrl, const ApiCredentials &credentials,
                                  const QString &extension, const QString &serverIp);
    // add_phone_alias / update_phone_alias: logins joined by commas; an
    // update sends only the name or logins that change; a delete sends
    // delete_alias=Y and nothing else (the server deletes whatever comes with it).
    static ApiRequest alias(const QUrl &apiUrl, const ApiCredentials &credentials,
                            const Operation &operation);
    // The first request of an operation (for an add of an inactive phone,
    // the add; the service sends the switch-off after it).
    static ApiRequest forOperation(const QUrl &apiUrl, const ApiCredentials &credentials,
                                   const Operation &operation);

    QUrl apiUrl() const { return m_apiUrl; }
    QString function() const { return m_function; }
    Parameters parameters() const { return m_parameters; } // in send order
    // The value of one parameter, empty when it is not sent.
    QString parameter(const QString &name) const;
    // Every non-empty password value this request carries (API pass,
    // phone_pass, registration_password).
    QStringList secrets() const;
    // Parameter names whose values are secrets.
    static bool isSecretParameter(const QString &name);

    // GET: the URL with the encoded query. POST: the bare URL, a form body and
    // its Content-Type. Both carry the User-Agent and never follow redirects
    // (a redirect would resend the password to an address the user did not
    // choose; the reply parser reports it instead).
    QNetworkRequest networkRequest(HttpMethod method) const;
    QByteArray body(HttpMethod method) const; // the form body for POST, empty for GET
    QUrl url(HttpMethod method) const;        // what networkRequest() uses

    // application/x-www-form-urlencoded, UTF-8; everything but the unreserved
    // characters is percent-encoded: space as %20, '+' as %2B.
    static QByteArray encodeForm(const Parameters &params);
    static QByteArray userAgent();
    static QString methodName(HttpMethod method);

    // "POST http://…/non_agent_api.php\nfunction=add_phone&user=apiadmin&pass=***&…";
    // GET puts the query on the URL line. Never contains a password.
    QString redactedDescription(HttpMethod method) const;
    // A runnable curl command line that sends the same request, with the
    // secrets as shell variables ("$VICI_API_PASS", "$PHONE_PASS",
    // "$REGISTRATION_PASS") and everything else single-quoted.
    QString curlCommand(HttpMethod method) const;
    // The shell variable curlCommand() uses for a secret parameter.
    static QString placeholderFor(const QString &parameterName);
    static QString shellQuote(const QString &text);

private:
    ApiRequest(const QUrl &apiUrl, const QString &function);
    void add(const QString &name, const QString &value);
    void addLogin(const ApiCredentials &credentials);
    QByteArray redactedQuery() const;

    QUrl m_apiUrl;
    QString m_function;
    Parameters m_parameters;
};

} // namespace vp
