#pragma once

// Helpers shared by the simulator tests: a blocking HTTP client over
// QNetworkAccessManager and a builder for raw, already percent-encoded queries.

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace simtest {

struct HttpResult
{
    bool finished = false; // false: timed out
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl redirect;
};

inline HttpResult collect(QNetworkReply *reply, int timeoutMs)
{
    HttpResult result;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    result.finished = reply->isFinished();
    if (!result.finished)
        reply->abort();
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->isOpen() ? reply->readAll() : QByteArray();
    result.contentType = reply->rawHeader("Content-Type");
    result.redirect = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    reply->deleteLater();
    return result;
}

// `query` is sent exactly as given (it must already be percent-encoded).
inline QUrl withQuery(QUrl url, const QByteArray &query)
{
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

inline HttpResult get(QNetworkAccessManager &nam, const QUrl &url, int timeoutMs = 5000)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return collect(nam.get(request), timeoutMs);
}

inline HttpResult post(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &form,
                       int timeoutMs = 5000)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    return collect(nam.post(request, form), timeoutMs);
}

// An ordered list of name=value pairs whose values are kept percent-encoded as given.
class Query
{
public:
    Query() = default;
    explicit Query(const QByteArray &encoded)
    {
        for (const QByteArray &pair : encoded.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            m_pairs.append(
                {eq < 0 ? pair : pair.left(eq), eq < 0 ? QByteArray() : pair.mid(eq + 1)});
        }
    }
    Query &set(const QByteArray &name, const QByteArray &encodedValue)
    {
        for (auto &pair : m_pairs) {
            if (pair.first == name) {
                pair.second = encodedValue;
                return *this;
            }
        }
        m_pairs.append({name, encodedValue});
        return *this;
    }
    Query &remove(const QByteArray &name)
    {
        m_pairs.removeIf([&](const auto &pair) { return pair.first == name; });
        return *this;
    }
    // Applies "a=1&b=2" as overrides; "-name" removes a name.
    Query &apply(const QByteArray &overrides)
    {
        for (const QByteArray &pair : overrides.split('&')) {
            if (pair.startsWith('-')) {
                remove(pair.mid(1));
            } else if (!pair.isEmpty()) {
                const qsizetype eq = pair.indexOf('=');
                set(eq < 0 ? pair : pair.left(eq), eq < 0 ? QByteArray() : pair.mid(eq + 1));
            }
        }
        return *this;
    }
    QByteArray encoded() const
    {
        QByteArray out;
        for (const auto &[name, value] : m_pairs) {
            if (!out.isEmpty())
                out.append('&');
            out.append(name + '=' + value);
        }
        return out;
    }

private:
    QList<std::pair<QByteArray, QByteArray>> m_pairs;
};

// A complete, valid add_phone request for extension `n` by apiadmin.
inline Query addPhone(const QByteArray &n)
{
    return Query("function=add_phone&user=apiadmin&pass=Secret123&source=test&extension=" + n +
                 "&dialplan_number=" + n + "&voicemail_id=" + n + "&phone_login=" + n +
                 "&phone_pass=pw" + n + "&server_ip=10.10.10.15&protocol=SIP" +
                 "&registration_password=reg" + n + "&phone_full_name=Test%20Phone%20" + n +
                 "&local_gmt=-5.00&outbound_cid=3125551212");
}

} // namespace simtest
