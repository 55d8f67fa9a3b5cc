// What the history knows of the phones the tool created or changed on one
// VICIdial system: each phone's last known state, worked out from its
// attempts in the order they were sent (HistoryStore::knownPhones).
#pragma once

#include "model/PhoneRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vp {

enum class KnownPhoneState
{
    Active,   // added (or switched on) and not switched off since
    Inactive, // update_phone active=N succeeded last
    Deleted,  // update_phone delete_phone=Y succeeded, or the server said it does not exist
    Unknown,  // the last request that could have changed it has no definite answer
};

// Stable lower-case key ("active", "inactive", "deleted", "unknown").
QString knownPhoneStateKey(KnownPhoneState state);

struct KnownPhone
{
    // Its fields as last sent (add_phone's, then each successful update's
    // changes), without secrets; isActive() is not used: see state.
    PhoneRecord phone;
    KnownPhoneState state = KnownPhoneState::Unknown;
    // Of the last attempt that changed (or may have changed) the phone.
    QString apiUser;
    QDateTime changedAt; // UTC
    qint64 lastAttemptId = 0;
    // The batch of the add_phone that created it; empty when the tool did
    // not create it (only changed it) or created it outside a batch.
    QString createdBatch;
};

} // namespace vp
