// TestPhoneRules is split in two files: the test functions
// (TestPhoneRules.cpp) and their data tables (TestPhoneRulesData.cpp).
#pragma once

#include "rules/PhoneRules.h"

#include <QObject>
#include <QStringList>

namespace testutil {

using namespace vp;
using F = vp::PhoneField;

inline QString kindName(FieldIssue::Kind kind)
{
    switch (kind) {
    case FieldIssue::Kind::Missing:
        return QStringLiteral("Missing");
    case FieldIssue::Kind::TooShort:
        return QStringLiteral("TooShort");
    case FieldIssue::Kind::TooLong:
        return QStringLiteral("TooLong");
    case FieldIssue::Kind::BadCharacter:
        return QStringLiteral("BadCharacter");
    case FieldIssue::Kind::NotAllowed:
        return QStringLiteral("NotAllowed");
    case FieldIssue::Kind::Invalid:
        return QStringLiteral("Invalid");
    case FieldIssue::Kind::Ignored:
        return QStringLiteral("Ignored");
    }
    return QString();
}

inline QString kinds(const QList<FieldIssue> &issues)
{
    QStringList names;
    for (const FieldIssue &issue : issues)
        names << kindName(issue.kind);
    return names.join(QLatin1Char(' '));
}

inline QString repeat(const char *chunk, int times)
{
    return QString::fromLatin1(chunk).repeated(times);
}

inline PhoneRecord validPhone()
{
    PhoneRecord phone;
    phone.setValue(F::Extension, QStringLiteral("8001"));
    phone.setValue(F::DialplanNumber, QStringLiteral("8001"));
    phone.setValue(F::VoicemailId, QStringLiteral("8001"));
    phone.setValue(F::PhoneLogin, QStringLiteral("8001"));
    phone.setValue(F::PhonePass, QStringLiteral("pw8001"));
    phone.setValue(F::ServerIp, QStringLiteral("10.10.10.15"));
    phone.setValue(F::Protocol, QStringLiteral("SIP"));
    phone.setValue(F::RegistrationPassword, QStringLiteral("reg8001"));
    phone.setValue(F::PhoneFullName, QStringLiteral("Test Phone 8001"));
    phone.setValue(F::LocalGmt, QStringLiteral("-5.00"));
    phone.setValue(F::OutboundCid, QStringLiteral("3125551212"));
    return phone;
}

} // namespace testutil

class TestPhoneRules : public QObject
{
    Q_OBJECT

private slots:
    void keptCharacters_data();
    void keptCharacters();
    void validateField_data();
    void validateField();
    void messages_data();
    void messages();
    void normalizedValue_data();
    void normalizedValue();
    void normalizedRecord();
    void serverCleaned_data();
    void serverCleaned();
    void lengths_data();
    void lengths();
    void allowedValuesAndDefaults();
    void keptCharactersDescription_data();
    void keptCharactersDescription();
    void validateRecord();
    void withDefaults();
    void hundredThousandRowsAreFast();
};
