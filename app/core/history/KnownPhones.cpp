// HistoryStore::knownPhones: one pass over a system's add_phone and
// update_phone attempts, oldest first.
#include "history/KnownPhones.h"
#include "history/HistoryStorePrivate.h"

#include <QHash>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace vp {

QString knownPhoneStateKey(KnownPhoneState state)
{
    switch (state) {
    case KnownPhoneState::Active:
        return u"active"_s;
    case KnownPhoneState::Inactive:
        return u"inactive"_s;
    case KnownPhoneState::Deleted:
        return u"deleted"_s;
    case KnownPhoneState::Unknown:
        break;
    }
    return u"unknown"_s;
}

namespace {

// The parameters of a recorded request ("POST url\nquery" or "GET url?query"):
// the history keeps no operation kind, and an update_phone attempt is a
// deletion, a switch or a change only by what it sent. Passwords are
// placeholders there, never values.
QUrlQuery sentParameters(const QString &redactedRequest)
{
    qsizetype start = redactedRequest.indexOf(QLatin1Char('\n'));
    if (start < 0)
        start = redactedRequest.indexOf(QLatin1Char('?'));
    if (start < 0)
        return {};
    return QUrlQuery(redactedRequest.mid(start + 1));
}

void noteChange(KnownPhone &known, const HistoryAttempt &attempt)
{
    known.apiUser = attempt.apiUser;
    known.changedAt = attempt.finishedAt.isValid() ? attempt.finishedAt : attempt.startedAt;
    known.lastAttemptId = attempt.id;
}

} // namespace

QList<KnownPhone> HistoryStore::knownPhones(const VicidialSystem &system) const
{
    QList<KnownPhone> result;
    if (!isOpen() || system.key.isEmpty())
        return result;
    QSqlQuery query(m_d->db);
    query.setForwardOnly(true);
    if (!query.prepare("SELECT "_L1 + historydb::attemptColumns() +
                       " FROM attempts a WHERE a.system_key = ?"
                       " AND a.api_function IN ('add_phone', 'update_phone')"
                       " ORDER BY a.id"_L1)) {
        m_d->fail(tr("Could not read the history"), query);
        return result;
    }
    query.bindValue(0, system.key);
    if (!query.exec()) {
        m_d->fail(tr("Could not read the history"), query);
        return result;
    }
    QHash<QString, qsizetype> indexOfKey; // extensionKey() -> result index
    while (query.next()) {
        const HistoryAttempt attempt = historydb::attemptFromRow(query);
        const QString key = attempt.phone.extensionKey();
        const auto found = indexOfKey.constFind(key);
        KnownPhone *known = found == indexOfKey.cend() ? nullptr : &result[*found];
        // A request left "sending" (by this or another live process) may
        // change the phone as much as one without a definite answer.
        const bool unknown = !attempt.finished || isUnknown(attempt.outcome);
        const bool isAdd = attempt.function == "add_phone"_L1;
        const bool added = isAdd && attempt.finished &&
                           (attempt.outcome == Outcome::Added ||
                            (attempt.outcome == Outcome::AlreadyExistsOnServer && attempt.verify));
        if (!known) {
            // Only what the tool created, may have created, or changed.
            const bool updated = !isAdd && attempt.finished &&
                                 (attempt.outcome == Outcome::Updated ||
                                  attempt.outcome == Outcome::NothingToChange);
            if (!added && !updated && !unknown)
                continue;
            indexOfKey.insert(key, result.size());
            result.append(KnownPhone{});
            known = &result.last();
            known->phone = attempt.phone.withoutSecrets();
        }
        if (isAdd) {
            if (added || unknown) {
                known->phone = attempt.phone.withoutSecrets();
                known->createdBatch = attempt.batchId;
                known->state = added ? KnownPhoneState::Active : KnownPhoneState::Unknown;
                noteChange(*known, attempt);
            }
            continue;
        }
        const QUrlQuery sent = sentParameters(attempt.redactedRequest);
        if (unknown) {
            known->state = KnownPhoneState::Unknown;
            noteChange(*known, attempt);
            continue;
        }
        if (attempt.outcome == Outcome::PhoneNotFound) {
            known->state = KnownPhoneState::Deleted;
            noteChange(*known, attempt);
            continue;
        }
        if (attempt.outcome != Outcome::Updated && attempt.outcome != Outcome::NothingToChange)
            continue; // refused: nothing changed
        noteChange(*known, attempt);
        if (sent.queryItemValue(u"delete_phone"_s) == "Y"_L1) {
            known->state = KnownPhoneState::Deleted;
            continue;
        }
        // The server ignores a lower-case n (docs/user-guide.md): only Y and N switch.
        const QString active = sent.queryItemValue(u"active"_s);
        if (active == "N"_L1)
            known->state = KnownPhoneState::Inactive;
        else if (active == "Y"_L1 || known->state == KnownPhoneState::Unknown)
            known->state = KnownPhoneState::Active;
        for (const auto &item : sent.queryItems(QUrl::FullyDecoded)) {
            const std::optional<PhoneField> field = phoneFieldFromApiName(item.first);
            if (field && !phoneFieldInfo(*field).secret)
                known->phone.setValue(*field, attempt.phone.value(*field));
        }
    }
    return result;
}

} // namespace vp
