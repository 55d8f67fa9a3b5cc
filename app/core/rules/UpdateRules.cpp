#include "rules/UpdateRules.h"

#include "rules/PhoneRuleTable.h"

#include <QCoreApplication>

#include <algorithm>

namespace vp {

using namespace Qt::StringLiterals;

namespace {
struct Limits
{
    int min;
    int max;
};

// update_phone's limits (non_agent_api.php, section update_phone); fields
// not listed keep add_phone's rules. The server checks up to 30 (email 300)
// but the phones table's columns are narrower (pass, conf_secret and
// phone_context 20, voicemail_id 10, email 100: add_phone's limits) and
// MySQL cuts a longer value silently, so the longest accepted is the
// smaller of the two.
std::optional<Limits> serverLimits(PhoneField field)
{
    switch (field) {
    case PhoneField::Email:
        return Limits{5, 300};
    case PhoneField::PhoneContext:
    case PhoneField::PhoneFullName:
    case PhoneField::RegistrationPassword:
    case PhoneField::PhonePass:
    case PhoneField::VoicemailId:
        return Limits{2, 30};
    case PhoneField::DialplanNumber:
        return Limits{3, 30};
    case PhoneField::AdminUserGroup:
        return Limits{2, 20};
    case PhoneField::OutboundCid:
        return Limits{6, 18};
    default:
        return std::nullopt;
    }
}

std::optional<Limits> updateLimits(PhoneField field)
{
    std::optional<Limits> limits = serverLimits(field);
    if (limits)
        limits->max = std::min(limits->max, PhoneRules::maxLength(field));
    return limits;
}

FieldIssue issue(PhoneField field, FieldIssue::Kind kind, const QString &message)
{
    FieldIssue result;
    result.field = field;
    result.kind = kind;
    result.message = message;
    return result;
}
} // namespace

QString UpdateRules::blankValue()
{
    return u"--BLANK--"_s;
}

bool UpdateRules::acceptsBlank(PhoneField field)
{
    switch (field) {
    case PhoneField::Email:
    case PhoneField::PhoneContext:
    case PhoneField::PhoneFullName:
    case PhoneField::RegistrationPassword:
    case PhoneField::VoicemailId:
    case PhoneField::TemplateId:
        return true;
    default:
        return false;
    }
}

int UpdateRules::minLength(PhoneField field)
{
    const auto limits = updateLimits(field);
    return limits ? limits->min : PhoneRules::minLength(field);
}

int UpdateRules::maxLength(PhoneField field)
{
    const auto limits = updateLimits(field);
    return limits ? limits->max : PhoneRules::maxLength(field);
}

QList<FieldIssue> UpdateRules::validate(const PhoneRecord &phone, const QList<PhoneField> &fields,
                                        const RuleOptions &options,
                                        const QSet<QString> &loginsOfOtherPhones)
{
    QList<FieldIssue> issues;
    for (PhoneField field : fields) {
        const QString value = phone.value(field);
        if (field == PhoneField::Extension || field == PhoneField::ServerIp) {
            issues.append(
                issue(field, FieldIssue::Kind::Invalid,
                      QCoreApplication::translate(
                          "PhoneRules", "%1 identifies the phone and cannot be changed; delete the "
                                        "phone and add it again.")
                          .arg(fieldLabel(field))));
            continue;
        }
        if (value.trimmed().isEmpty()) {
            issues.append(issue(field, FieldIssue::Kind::Missing, rules::messages::missing(field)));
            continue;
        }
        if (value.trimmed() == blankValue()) {
            if (!acceptsBlank(field))
                issues.append(
                    issue(field, FieldIssue::Kind::NotAllowed,
                          QCoreApplication::translate("PhoneRules", "%1 cannot be emptied with %2.")
                              .arg(fieldLabel(field), blankValue())));
            continue;
        }
        // Characters, allowed values and the build as for an add; the
        // lengths are update_phone's.
        for (const FieldIssue &found : PhoneRules::validateField(field, value, options)) {
            if (found.kind != FieldIssue::Kind::TooShort && found.kind != FieldIssue::Kind::TooLong)
                issues.append(found);
        }
        if (const auto limits = updateLimits(field)) {
            QString sent = PhoneRules::normalizedValue(field, value, options);
            if (field == PhoneField::OutboundCid)
                sent.removeIf([](QChar c) { return !c.isDigit(); });
            if (sent.size() < limits->min)
                issues.append(issue(field, FieldIssue::Kind::TooShort,
                                    rules::messages::tooShort(field, limits->min)));
            else if (sent.size() > limits->max)
                issues.append(
                    issue(field, FieldIssue::Kind::TooLong,
                          rules::messages::tooLong(field, int(sent.size()), limits->max)));
        } else {
            for (const FieldIssue &found : PhoneRules::validateField(field, value, options)) {
                if (found.kind == FieldIssue::Kind::TooShort ||
                    found.kind == FieldIssue::Kind::TooLong)
                    issues.append(found);
            }
        }
        if (field == PhoneField::PhoneLogin) {
            PhoneRecord probe;
            probe.setValue(PhoneField::PhoneLogin, value);
            if (loginsOfOtherPhones.contains(probe.loginKey()))
                issues.append(issue(
                    field, FieldIssue::Kind::Invalid,
                    QCoreApplication::translate("PhoneRules",
                                                "Login %1 is already used by another phone of "
                                                "this system; the server would accept it twice.")
                        .arg(value.trimmed())));
        }
    }
    return issues;
}

bool UpdateRules::isValid(const PhoneRecord &phone, const QList<PhoneField> &fields,
                          const RuleOptions &options)
{
    return !fields.isEmpty() && validate(phone, fields, options).isEmpty();
}

} // namespace vp
