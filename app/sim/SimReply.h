#pragma once

#include <QByteArray>

namespace sim {

// What the API answers: status and body, plus the first line with every password
// replaced by *** for logs and signals (the real server echoes passwords).
struct SimReply
{
    int httpStatus = 200;
    QByteArray body;
    QByteArray redactedFirstLine;

    static SimReply text(const QByteArray &body, const QByteArray &redactedFirstLine = {})
    {
        SimReply reply;
        reply.body = body;
        const qsizetype end = body.indexOf('\n');
        reply.redactedFirstLine = redactedFirstLine.isEmpty() ? body.left(end) : redactedFirstLine;
        return reply;
    }
    // What the server answers when its database refuses a statement.
    static SimReply databaseError()
    {
        SimReply reply;
        reply.httpStatus = 500;
        reply.redactedFirstLine = "HTTP 500";
        return reply;
    }
};

} // namespace sim
