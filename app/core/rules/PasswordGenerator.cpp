#include "rules/PasswordGenerator.h"

#include <QRandomGenerator>

#include <algorithm>

namespace vp {

namespace {

constexpr char kAlphanumeric[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr char kWithSymbols[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

bool hasEveryClass(const QString &password)
{
    bool upper = false;
    bool lower = false;
    bool digit = false;
    for (QChar c : password) {
        upper = upper || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        lower = lower || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
        digit = digit || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    }
    return upper && lower && digit;
}

} // namespace

QString PasswordGenerator::generate(int length)
{
    return generate(length, false);
}

QString PasswordGenerator::generate(int length, bool withDashUnderscore)
{
    length = std::clamp(length, MinimumLength, MaximumLength);
    const char *alphabet = withDashUnderscore ? kWithSymbols : kAlphanumeric;
    const quint32 size = withDashUnderscore ? sizeof(kWithSymbols) - 1 : sizeof(kAlphanumeric) - 1;

    QRandomGenerator *random = QRandomGenerator::system();
    QString password(length, Qt::Uninitialized);
    // Drawing again until every class is present keeps each accepted
    // password uniform over the allowed set (forcing a class into a fixed
    // slot would not); at length 8 about one draw in four is redrawn.
    do {
        for (int i = 0; i < length; ++i)
            password[i] = QLatin1Char(alphabet[random->bounded(size)]);
    } while (!hasEveryClass(password));
    return password;
}

} // namespace vp
