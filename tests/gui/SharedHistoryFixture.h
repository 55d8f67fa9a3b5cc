// Several programs on one history file, as the history window's "who" and
// live-refresh tests need them: each store opened as its own operating-system
// user, attempts written the way the provisioning service writes them.
#pragma once

#include "history/HistoryStore.h"

#include <memory>
#include <optional>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace sharedhistory {

using namespace Qt::StringLiterals;

// A store records the user it runs as (USER) when it opens.
inline std::unique_ptr<vp::HistoryStore> openAs(const QString &path, const QString &osUser)
{
    const QByteArray before = qgetenv("USER");
    qputenv("USER", osUser.toUtf8());
    auto store = std::make_unique<vp::HistoryStore>();
    QString error;
    const bool opened = store->open(path, &error);
    qputenv("USER", before);
    if (!opened)
        qWarning("could not open %s: %s", qPrintable(path), qPrintable(error));
    return opened ? std::move(store) : nullptr;
}

// Written before "sending"; finished with outcome unless it is empty. The id,
// or -1.
inline qint64 addAttempt(vp::HistoryStore &store, const QString &extension, const QString &apiUser,
                         std::optional<vp::Outcome> outcome,
                         const QDateTime &when = QDateTime::currentDateTimeUtc())
{
    vp::HistoryAttempt attempt;
    attempt.startedAt = when;
    attempt.serverUrl = u"http://127.0.0.1:9/vicidial/non_agent_api.php"_s;
    attempt.apiUser = apiUser;
    attempt.method = u"POST"_s;
    attempt.function = u"add_phone"_s;
    attempt.phone.setValue(vp::PhoneField::Extension, extension);
    attempt.phone.setValue(vp::PhoneField::PhoneLogin, extension);
    attempt.phone.setValue(vp::PhoneField::ServerIp, u"10.10.10.15"_s);
    attempt.phone.setValue(vp::PhoneField::PhoneFullName, u"Agent "_s + extension);
    attempt.redactedRequest = u"POST x\nfunction=add_phone&pass=***"_s;
    const qint64 id = store.recordStart(attempt);
    if (id <= 0)
        return -1;
    if (outcome &&
        !store.recordFinish(id, *outcome, 200, vp::outcomeTitle(*outcome), u"SUCCESS"_s, 12))
        return -1;
    return id;
}

// One process cannot be two computers: what a session wrote is marked as
// written on another machine, in the file itself (attempts and sessions).
inline bool setMachine(const QString &path, const QString &sessionId, const QString &machine)
{
    const QString name = u"shared-history-fixture-"_s + QUuid::createUuid().toString();
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            QSqlQuery attempts(db);
            QSqlQuery sessions(db);
            done = attempts.prepare(u"UPDATE attempts SET machine = ? WHERE session = ?"_s) &&
                   sessions.prepare(u"UPDATE sessions SET machine = ? WHERE session_id = ?"_s);
            for (QSqlQuery *query : {&attempts, &sessions}) {
                query->addBindValue(machine);
                query->addBindValue(sessionId);
                done = done && query->exec();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

} // namespace sharedhistory
