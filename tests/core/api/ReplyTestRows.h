// Shared by the reply parser's tests: a server reply as it arrives, and the
// check that one reply line of shared/vicidial-api.md reads as it should.
#pragma once

#include "api/ReplyParser.h"

#include <QTest>

namespace test {

inline QStringList split(const char *fields)
{
    return QString::fromUtf8(fields).split(QLatin1Char('|'));
}

inline vp::ReplyInput ok200(const QByteArray &body)
{
    vp::ReplyInput input;
    input.httpStatus = 200;
    input.body = body;
    input.contentType = QStringLiteral("text/html; charset=utf-8");
    return input;
}

// The line as sent (LF), with CRLF line ends, and after PHP notices of a
// misconfigured server: the same reading each time.
inline void checkSpecReply(const QByteArray &line, vp::Outcome outcome, const QString &function,
                           const QString &reason, const QStringList &fields)
{
    QByteArray crlf = line + '\n';
    crlf.replace("\n", "\r\n");
    const QByteArray bodies[] = {
        line + '\n',
        crlf,
        "<br />\n<b>Deprecated</b>:  something in <b>non_agent_api.php</b><br />\n" + line + '\n',
    };
    for (const QByteArray &body : bodies) {
        const vp::ParsedReply reply = vp::ReplyParser::parse(ok200(body), {});
        QCOMPARE(reply.outcome, outcome);
        QCOMPARE(reply.function, function);
        QCOMPARE(reply.reason, reason);
        QCOMPARE(reply.fields, fields);
        QVERIFY(reply.message.startsWith(vp::outcomeTitle(outcome)));
    }
}

} // namespace test
