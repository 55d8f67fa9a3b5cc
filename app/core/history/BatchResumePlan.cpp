#include "history/BatchResumePlan.h"

#include "model/VicidialSystem.h"

#include <QUrl>

namespace vp {

BatchResumePlan BatchResumePlan::make(const BatchProgress &progress,
                                      const QHash<int, QStringList> &stored,
                                      const std::function<QString()> &generate)
{
    BatchResumePlan plan;
    plan.systemKey = VicidialSystem::keyFor(QUrl(progress.info.serverUrl));
    plan.passwords = stored;
    for (const BatchRowStatus &status : progress.rows) {
        const BatchPlanRow &row = status.row;
        if (status.state == BatchRowState::Added) {
            ++plan.alreadyAdded;
            continue;
        }
        if (status.state == BatchRowState::AlreadyExisted)
            continue; // there before the batch: nothing to send, nothing to fix
        QStringList pair = stored.value(row.seq, {QString(), QString()});
        const bool pending =
            status.state == BatchRowState::NotSent || status.state == BatchRowState::Unknown;
        const bool missing = (row.phonePassSet && pair.value(0).isEmpty()) ||
                             (row.registrationPasswordSet && pair.value(1).isEmpty());
        if (pending && missing) {
            if (!progress.info.passwordsGenerated) {
                plan.lost.append(row);
                continue;
            }
            // The server never confirmed the first ones and nobody holds them:
            // new ones are as good (an unknown row that turns out to exist
            // keeps its first password and is left out of the handout).
            pair = {generate(), row.registrationPasswordSet ? generate() : QString()};
            plan.passwords.insert(row.seq, pair);
            plan.regenerated.insert(row.seq);
        }
        ResumeRow resume;
        resume.status = status;
        resume.phone = row.phone;
        resume.phone.setValue(PhoneField::PhonePass, pair.value(0));
        resume.phone.setValue(PhoneField::RegistrationPassword, pair.value(1));
        if (pending) {
            resume.resolvingUnknown = status.state == BatchRowState::Unknown;
            plan.unknown += resume.resolvingUnknown ? 1 : 0;
            plan.toSend.append(resume);
        } else {
            plan.failed.append(resume);
        }
    }
    return plan;
}

} // namespace vp
