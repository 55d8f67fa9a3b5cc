// Random phone passwords (phone_pass, registration_password) that the server
// keeps exactly as generated and that pass PhoneRules.
#pragma once

#include <QString>

namespace vp {

class PasswordGenerator
{
public:
    static constexpr int MinimumLength = 8;
    static constexpr int MaximumLength = 20; // the rules' limit for both passwords
    static constexpr int DefaultLength = 16;

    // Characters from [A-Za-z0-9] (plus - and _ when withDashUnderscore), at
    // least one upper-case letter, one lower-case letter and one digit, drawn
    // from QRandomGenerator::system(). length is clamped to 8..20.
    static QString generate(int length = DefaultLength);
    static QString generate(int length, bool withDashUnderscore);
};

} // namespace vp
