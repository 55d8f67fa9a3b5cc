// TestPhoneRules is split in two files: the test functions
// (TestPhoneRules.cpp) and their data tables (TestPhoneRulesData.cpp).
#pragma once

#include "rules/PhoneRules.h"

#include <QObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace testutil {

using namespace vp;
using F = vp::PhoneField;

inline QString kindName(FieldIssue::Kind kind)
{
    switch (kind) {
    case FieldIssue::Kind::Missing:
        return u"Missing"_s;
    case FieldIssue::Kind::TooShort:
        return u"TooShort"_s;
    case FieldIssue::Kind::TooLong:
        return u"TooLong"_s;
    case FieldIssue::Kind::BadCharacter:
        return u"BadCharacter"_s;
    case FieldIssue::Kind::NotAllowed:
        return u"NotAllowed"_s;
    case FieldIssue::Kind::Invalid:
        return u"Invalid"_s;
    case FieldIssue::Kind::Ignored:
        return u"Ignored"_s;
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
    phone.setValue(F::Extension, u"8001"_s);
    phone.setValue(F::DialplanNumber, u"8001"_s);
    phone.setValue(F::VoicemailId, u"8001"_s);
    phone.setValue(F::PhoneLogin, u"8001"_s);
    phone.setValue(F::PhonePass, u"pw8001"_s);
    phone.setValue(F::ServerIp, u"10.10.10.15"_s);
    phone.setValue(F::Protocol, u"SIP"_s);
    phone.setValue(F::RegistrationPassword, u"reg8001"_s);
    phone.setValue(F::PhoneFullName, u"Test Phone 8001"_s);
    phone.setValue(F::LocalGmt, u"-5.00"_s);
    phone.setValue(F::OutboundCid, u"3125551212"_s);
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
    void fullNameIsSentAsTheServerStoresIt_data();
    void fullNameIsSentAsTheServerStoresIt();
    void lengths_data();
    void lengths();
    void allowedValuesAndDefaults();
    void keptCharactersDescription_data();
    void keptCharactersDescription();
    void validateRecord();
    void withDefaults();
    void hundredThousandRowsAreFast();
};
