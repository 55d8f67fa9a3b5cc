// What continuing a batch cut short sends, decided from its progress and the
// passwords the keychain kept: never-sent and unknown rows go again (unknown
// ones in resolving mode), failed rows are listed to fix, and rows whose
// passwords are gone either get new ones (a generated batch: the server never
// confirmed the first) or are named as lost (a file batch: import it again).
#pragma once

#include "history/BatchJournal.h"

#include <functional>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace vp {

struct ResumeRow
{
    BatchRowStatus status;
    PhoneRecord phone; // with the passwords to send (in memory only)
    // The last attempt left the outcome unknown: "already exists" then means
    // the earlier request created the phone.
    bool resolvingUnknown = false;
};

struct BatchResumePlan
{
    QString systemKey;        // VicidialSystem::key of the batch: nothing goes elsewhere
    QList<ResumeRow> toSend;  // never sent or unknown, in batch order
    QList<ResumeRow> failed;  // refused earlier: listed to fix and retry
    QList<BatchPlanRow> lost; // passwords gone and not generated: import the file again
    // seq -> {phone_pass, registration_password}: what the keychain kept plus
    // the new ones, to store again when regenerated is not empty.
    QHash<int, QStringList> passwords;
    QSet<int> regenerated;
    int alreadyAdded = 0; // rows the batch added (not those that were there before)
    int unknown = 0;

    // progress: BatchJournal::progress(); stored: the keychain's passwords by
    // seq; generate: makes one new password.
    static BatchResumePlan make(const BatchProgress &progress,
                                const QHash<int, QStringList> &stored,
                                const std::function<QString()> &generate);
};

} // namespace vp
