#include "api/ApiRequest.h"

#include "model/PhoneField.h"

using namespace Qt::StringLiterals;

namespace vp {

namespace {

QString functionName(const char *name)
{
    return QString::fromLatin1(name);
}

QByteArray encode(const QString &text)
{
    // toPercentEncoding keeps only ALPHA DIGIT - . _ ~ and encodes the rest
    // of the UTF-8 bytes, so '+' becomes %2B and a space %20.
    return QUrl::toPercentEncoding(text);
}

} // namespace

ApiRequest::ApiRequest(const QUrl &apiUrl, const QString &function)
    : m_apiUrl(apiUrl), m_function(function)
{
    add(u"function"_s, function);
}

void ApiRequest::add(const QString &name, const QString &value)
{
    m_parameters.append({name, value});
}

void ApiRequest::addLogin(const ApiCredentials &credentials)
{
    add(u"user"_s, credentials.user);
    add(u"pass"_s, credentials.password);
    add(u"source"_s, credentials.source);
}

ApiRequest ApiRequest::version(const QUrl &apiUrl)
{
    return ApiRequest(apiUrl, functionName("version"));
}

ApiRequest ApiRequest::addPhone(const QUrl &apiUrl, const ApiCredentials &credentials,
                                const PhoneRecord &phone)
{
    ApiRequest request(apiUrl, functionName("add_phone"));
    request.addLogin(credentials);
    for (const PhoneFieldInfo &info : phoneFields()) {
        const QString value = phone.value(info.field);
        if (info.required || !value.isEmpty())
            request.add(QString::fromLatin1(info.apiName), value);
    }
    return request;
}

ApiRequest ApiRequest::credentialProbe(const QUrl &apiUrl, const ApiCredentials &credentials)
{
    ApiRequest request(apiUrl, functionName("add_phone"));
    request.addLogin(credentials);
    return request;
}

ApiRequest ApiRequest::updatePermissionProbe(const QUrl &apiUrl, const ApiCredentials &credentials)
{
    ApiRequest request(apiUrl, functionName("update_phone"));
    request.addLogin(credentials);
    return request;
}

ApiRequest ApiRequest::updatePhoneActive(const QUrl &apiUrl, const ApiCredentials &credentials,
                                         const QString &extension, const QString &serverIp,
                                         bool active)
{
    ApiRequest request(apiUrl, functionName("update_phone"));
    request.addLogin(credentials);
    request.add(apiName(PhoneField::Extension), extension);
    request.add(apiName(PhoneField::ServerIp), serverIp);
    request.add(u"active"_s, active ? u"Y"_s : u"N"_s);
    return request;
}

ApiRequest ApiRequest::updatePhone(const QUrl &apiUrl, const ApiCredentials &credentials,
                                   const PhoneRecord &phone, const QList<PhoneField> &fields)
{
    ApiRequest request(apiUrl, functionName("update_phone"));
    request.addLogin(credentials);
    request.add(apiName(PhoneField::Extension), phone.extension());
    request.add(apiName(PhoneField::ServerIp), phone.serverIp());
    // In the order of the field table, as add_phone sends them.
    for (const PhoneFieldInfo &info : phoneFields()) {
        if (fields.contains(info.field) && info.field != PhoneField::Extension &&
            info.field != PhoneField::ServerIp)
            request.add(QString::fromLatin1(info.apiName), phone.value(info.field));
    }
    return request;
}

ApiRequest ApiRequest::deletePhone(const QUrl &apiUrl, const ApiCredentials &credentials,
                                   const QString &extension, const QString &serverIp)
{
    ApiRequest request(apiUrl, functionName("update_phone"));
    request.addLogin(credentials);
    request.add(apiName(PhoneField::Extension), extension);
    request.add(apiName(PhoneField::ServerIp), serverIp);
    request.add(u"delete_phone"_s, u"Y"_s);
    return request;
}

ApiRequest ApiRequest::alias(const QUrl &apiUrl, const ApiCredentials &credentials,
                             const Operation &operation)
{
    ApiRequest request(apiUrl, operation.apiFunction());
    request.addLogin(credentials);
    request.add(u"alias_id"_s, operation.aliasId());
    if (operation.kind() == Operation::Kind::DeleteAlias) {
        request.add(u"delete_alias"_s, u"Y"_s);
        return request;
    }
    if (!operation.aliasName().isEmpty())
        request.add(u"alias_name"_s, operation.aliasName());
    if (!operation.aliasLogins().isEmpty())
        request.add(u"phone_logins"_s, operation.aliasLogins().join(u','));
    return request;
}

ApiRequest ApiRequest::forOperation(const QUrl &apiUrl, const ApiCredentials &credentials,
                                    const Operation &operation)
{
    const PhoneRecord &phone = operation.phone();
    switch (operation.kind()) {
    case Operation::Kind::AddPhone:
        return addPhone(apiUrl, credentials, phone);
    case Operation::Kind::UpdatePhone:
        return updatePhone(apiUrl, credentials, phone, operation.changedFields());
    case Operation::Kind::SetPhoneActive:
        return updatePhoneActive(apiUrl, credentials, phone.extension(), phone.serverIp(),
                                 operation.active());
    case Operation::Kind::DeletePhone:
        return deletePhone(apiUrl, credentials, phone.extension(), phone.serverIp());
    case Operation::Kind::AddAlias:
    case Operation::Kind::UpdateAlias:
    case Operation::Kind::DeleteAlias:
        break;
    }
    return alias(apiUrl, credentials, operation);
}

QString ApiRequest::parameter(const QString &name) const
{
    for (const auto &pair : m_parameters) {
        if (pair.first == name)
            return pair.second;
    }
    return {};
}

bool ApiRequest::isSecretParameter(const QString &name)
{
    return name == "pass"_L1 || name == "phone_pass"_L1 || name == "registration_password"_L1;
}

QStringList ApiRequest::secrets() const
{
    QStringList result;
    for (const auto &pair : m_parameters) {
        if (isSecretParameter(pair.first) && !pair.second.isEmpty() &&
            !result.contains(pair.second))
            result << pair.second;
    }
    return result;
}

QByteArray ApiRequest::encodeForm(const Parameters &params)
{
    QByteArray out;
    for (const auto &pair : params) {
        if (!out.isEmpty())
            out += '&';
        out += encode(pair.first);
        out += '=';
        out += encode(pair.second);
    }
    return out;
}

QByteArray ApiRequest::userAgent()
{
    return QByteArray("ViciProvisioner/" VICIPROV_VERSION " (Qt ") + qVersion() + ')';
}

QString ApiRequest::methodName(HttpMethod method)
{
    return method == HttpMethod::Post ? u"POST"_s : u"GET"_s;
}

QUrl ApiRequest::url(HttpMethod method) const
{
    if (method == HttpMethod::Post)
        return m_apiUrl;
    QUrl url = m_apiUrl;
    // StrictMode keeps the encoding exactly as built (%2B stays %2B).
    url.setQuery(QString::fromLatin1(encodeForm(m_parameters)), QUrl::StrictMode);
    return url;
}

QNetworkRequest ApiRequest::networkRequest(HttpMethod method) const
{
    QNetworkRequest request(url(method));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (method == HttpMethod::Post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

QByteArray ApiRequest::body(HttpMethod method) const
{
    return method == HttpMethod::Post ? encodeForm(m_parameters) : QByteArray();
}

QByteArray ApiRequest::redactedQuery() const
{
    QByteArray out;
    for (const auto &pair : m_parameters) {
        if (!out.isEmpty())
            out += '&';
        out += encode(pair.first);
        out += '=';
        if (isSecretParameter(pair.first) && !pair.second.isEmpty())
            out += "***";
        else
            out += encode(pair.second);
    }
    return out;
}

QString ApiRequest::redactedDescription(HttpMethod method) const
{
    const QString base = m_apiUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                           QUrl::RemoveFragment | QUrl::FullyEncoded);
    const QString query = QString::fromLatin1(redactedQuery());
    if (method == HttpMethod::Get)
        return u"GET "_s + base + QLatin1Char('?') + query;
    return u"POST "_s + base + QLatin1Char('\n') + query;
}

QString ApiRequest::placeholderFor(const QString &parameterName)
{
    if (parameterName == "pass"_L1)
        return u"$VICI_API_PASS"_s;
    if (parameterName == "phone_pass"_L1)
        return u"$PHONE_PASS"_s;
    if (parameterName == "registration_password"_L1)
        return u"$REGISTRATION_PASS"_s;
    return {};
}

QString ApiRequest::shellQuote(const QString &text)
{
    // Inside single quotes nothing is special but the quote itself.
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), "'\\''"_L1);
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ApiRequest::curlCommand(HttpMethod method) const
{
    // --data-urlencode "name=value" encodes the value as this class does
    // (space %20, '+' %2B); -G turns the same data into a query string.
    QStringList words;
    words << u"curl"_s << u"--silent"_s << u"--show-error"_s << u"--user-agent"_s
          << shellQuote(QString::fromLatin1(userAgent()));
    if (method == HttpMethod::Get)
        words << u"--get"_s;
    for (const auto &pair : m_parameters) {
        words << u"--data-urlencode"_s;
        if (isSecretParameter(pair.first) && !pair.second.isEmpty()) {
            // Parameter names are plain words, so double quotes are safe
            // around them and let the shell expand the variable.
            words << QLatin1Char('"') + pair.first + QLatin1Char('=') + placeholderFor(pair.first) +
                         QLatin1Char('"');
        } else {
            words << shellQuote(pair.first + QLatin1Char('=') + pair.second);
        }
    }
    words << shellQuote(m_apiUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                          QUrl::RemoveFragment | QUrl::FullyEncoded));
    return words.join(QLatin1Char(' '));
}

} // namespace vp
