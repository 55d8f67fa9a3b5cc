// The value types of the history store: one attempt (one API request, written
// before it is sent and completed when it ends) and the history view's filter.
#pragma once

#include "model/Outcome.h"
#include "model/PhoneRecord.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace vp {

struct HistoryAttempt
{
    qint64 id = 0;
    QDateTime startedAt, finishedAt; // UTC
    QString serverUrl, apiUser;
    // Who sent it (team mode: several admins share one history): the
    // operating system's user name and the machine's host name of the
    // process that wrote it. Empty for attempts of schema 7 and older.
    QString osUser, machine;
    // The VICIdial system (VicidialSystem::key) the request went to; worked
    // out from serverUrl when left empty. systemName is the user's label then.
    QString systemKey, systemName;
    // The system's VICIdial build as read before the request ("2.14-202"; "?"
    // and the printed version when it could not be read; empty when unknown).
    QString serverBuild;
    // An attempt on a phone alias (add_phone_alias, update_phone_alias): the
    // alias as sent (an update's empty name or list left that part as it
    // was); empty for phone attempts.
    QString aliasId, aliasName;
    QStringList aliasLogins;
    QString method;   // "POST" / "GET"
    QString function; // "add_phone", "update_phone", ...
    QString batchId;
    // Never holds phone_pass / registration_password when read back: they are
    // not written; phonePassSet / registrationPasswordSet say whether they were given.
    PhoneRecord phone;
    bool finished = false;                  // false = write-ahead row, still "sending"
    Outcome outcome = Outcome::Interrupted; // valid when finished
    int httpStatus = 0;
    QString message; // plain-language, redacted
    QString redactedRequest, redactedReply;
    qint64 durationMs = 0;
    bool verify =
        false; // "already exists" accepted as added after an unknown outcome: flagged for a check
    bool phonePassSet = false;
    bool registrationPasswordSet = false;
};

struct HistoryFilter
{
    QString text;            // matches extension, login, name, server, message, batch (no case)
    QList<Outcome> outcomes; // empty = all; unfinished rows match only an empty list
    QDateTime from, to;      // started_at range, both ends included; invalid = open
    QString batchId;
    QString systemKey; // VicidialSystem::key; empty = every system
    QString serverIp;
    // Who did it (exact match; empty = anyone).
    QString osUser, machine, apiUser;
    bool onlyUnresolvedUnknown =
        false; // unknown outcomes with no later definite answer for that extension
};

} // namespace vp

Q_DECLARE_METATYPE(vp::HistoryAttempt)
