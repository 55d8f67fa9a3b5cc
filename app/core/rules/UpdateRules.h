// The client-side rules of an update_phone request: only the fields that
// change are checked, with update_phone's own limits, which differ from
// add_phone's (shared/vicidial-api.md, "update_phone"): full name, phone
// context, voicemail id, passwords 2-30 characters, email 5-300, dial plan
// number 3-30, user group 2-20, outbound caller ID 6-18 digits, but never
// longer than the phones table's column (add_phone's limit), which would cut
// the value silently; "--BLANK--" empties some fields. Characters the server would strip are
// refused as for an add (PhoneRules), so nothing changes behind the user's back.
#pragma once

#include "rules/PhoneRules.h"

#include <QSet>

namespace vp {

class UpdateRules
{
public:
    // The value update_phone reads as "empty this field".
    static QString blankValue();
    // The fields "--BLANK--" empties (the alternate caller ID refuses it).
    static bool acceptsBlank(PhoneField field);
    // Shortest and longest value update_phone accepts (digits for the caller ID).
    static int minLength(PhoneField field);
    static int maxLength(PhoneField field);

    // Issues of the changed fields of phone. An empty changed value is
    // refused (the server ignores empty parameters: use blankValue()); the
    // extension and server IP identify the phone and cannot change. A login
    // in loginsOfOtherPhones (loginKey() form: logins of other phones of this
    // system the history knows) is refused: the server accepts a duplicate
    // login on a one-server system.
    static QList<FieldIssue> validate(const PhoneRecord &phone, const QList<PhoneField> &fields,
                                      const RuleOptions &options = {},
                                      const QSet<QString> &loginsOfOtherPhones = {});
    static bool isValid(const PhoneRecord &phone, const QList<PhoneField> &fields,
                        const RuleOptions &options = {});
};

} // namespace vp
