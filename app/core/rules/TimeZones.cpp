#include "rules/TimeZones.h"

#include <QCoreApplication>

#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

struct ZoneEntry
{
    int minutes; // offset from UTC in minutes, for comparing typed values exactly
    const char *offset;
    const char *description;
};

// The order and values are the server's (non_agent_api.php); the places are
// only a reading aid for people choosing from a list.
const std::array<ZoneEntry, 33> kZones = {{
    {765, "12.75", QT_TRANSLATE_NOOP("TimeZones", "Chatham Islands")},
    {720, "12.00", QT_TRANSLATE_NOOP("TimeZones", "New Zealand, Fiji")},
    {660, "11.00", QT_TRANSLATE_NOOP("TimeZones", "Solomon Islands, New Caledonia")},
    {600, "10.00", QT_TRANSLATE_NOOP("TimeZones", "Australia Eastern, Guam")},
    {570, "9.50", QT_TRANSLATE_NOOP("TimeZones", "Australia Central")},
    {540, "9.00", QT_TRANSLATE_NOOP("TimeZones", "Japan, Korea")},
    {480, "8.00", QT_TRANSLATE_NOOP("TimeZones", "China, Singapore, Australia Western")},
    {420, "7.00", QT_TRANSLATE_NOOP("TimeZones", "Thailand, Vietnam, Western Indonesia")},
    {390, "6.50", QT_TRANSLATE_NOOP("TimeZones", "Myanmar")},
    {360, "6.00", QT_TRANSLATE_NOOP("TimeZones", "Bangladesh, Kyrgyzstan")},
    {345, "5.75", QT_TRANSLATE_NOOP("TimeZones", "Nepal")},
    {330, "5.50", QT_TRANSLATE_NOOP("TimeZones", "India, Sri Lanka")},
    {300, "5.00", QT_TRANSLATE_NOOP("TimeZones", "Pakistan, Uzbekistan")},
    {270, "4.50", QT_TRANSLATE_NOOP("TimeZones", "Afghanistan")},
    {240, "4.00", QT_TRANSLATE_NOOP("TimeZones", "United Arab Emirates, Oman")},
    {210, "3.50", QT_TRANSLATE_NOOP("TimeZones", "Iran")},
    {180, "3.00", QT_TRANSLATE_NOOP("TimeZones", "Moscow, Saudi Arabia, East Africa")},
    {120, "2.00", QT_TRANSLATE_NOOP("TimeZones", "Eastern Europe, Egypt, South Africa")},
    {60, "1.00", QT_TRANSLATE_NOOP("TimeZones", "Central Europe, West Africa")},
    {0, "0.00", QT_TRANSLATE_NOOP("TimeZones", "UTC, United Kingdom, Portugal")},
    {-60, "-1.00", QT_TRANSLATE_NOOP("TimeZones", "Azores, Cape Verde")},
    {-120, "-2.00", QT_TRANSLATE_NOOP("TimeZones", "South Georgia")},
    {-180, "-3.00", QT_TRANSLATE_NOOP("TimeZones", "Brazil (Brasilia), Argentina")},
    {-210, "-3.50", QT_TRANSLATE_NOOP("TimeZones", "Newfoundland")},
    {-240, "-4.00", QT_TRANSLATE_NOOP("TimeZones", "Atlantic, Puerto Rico")},
    {-300, "-5.00", QT_TRANSLATE_NOOP("TimeZones", "US Eastern")},
    {-360, "-6.00", QT_TRANSLATE_NOOP("TimeZones", "US Central, Mexico City")},
    {-420, "-7.00", QT_TRANSLATE_NOOP("TimeZones", "US Mountain")},
    {-480, "-8.00", QT_TRANSLATE_NOOP("TimeZones", "US Pacific")},
    {-540, "-9.00", QT_TRANSLATE_NOOP("TimeZones", "Alaska")},
    {-600, "-10.00", QT_TRANSLATE_NOOP("TimeZones", "Hawaii")},
    {-660, "-11.00", QT_TRANSLATE_NOOP("TimeZones", "American Samoa")},
    {-720, "-12.00", QT_TRANSLATE_NOOP("TimeZones", "Baker Island")},
}};

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Reads "digits" starting at *pos; returns the count read (value in *value).
int readDigits(const QString &s, int *pos, int maxDigits, int *value)
{
    int count = 0;
    *value = 0;
    while (*pos < s.size() && isAsciiDigit(s.at(*pos)) && count < maxDigits) {
        *value = *value * 10 + (s.at(*pos).unicode() - '0');
        ++*pos;
        ++count;
    }
    return count;
}

// Parses the typed forms into minutes east of UTC. Returns false for anything
// it cannot read unambiguously; the caller then checks the 33 values.
bool parseOffsetMinutes(const QString &typed, int *minutes)
{
    QString s;
    s.reserve(typed.size());
    for (QChar c : typed) {
        if (c.isSpace())
            continue;           // "GMT -5", "UTC + 5:30"
        if (c == QChar(0x2212)) // the typographic minus sign pasted from documents
            c = QLatin1Char('-');
        s.append(c);
    }

    int pos = 0;
    bool prefixed = false;
    if (s.startsWith("GMT"_L1, Qt::CaseInsensitive) ||
        s.startsWith("UTC"_L1, Qt::CaseInsensitive)) {
        pos = 3;
        prefixed = true;
        if (pos == s.size()) {
            *minutes = 0;
            return true;
        }
    }

    int sign = 1;
    bool signed_ = false;
    if (pos < s.size() && (s.at(pos) == QLatin1Char('+') || s.at(pos) == QLatin1Char('-'))) {
        sign = s.at(pos) == QLatin1Char('-') ? -1 : 1;
        signed_ = true;
        ++pos;
    }

    int whole = 0;
    const int wholeDigits = readDigits(s, &pos, 4, &whole);
    if (wholeDigits == 0)
        return false;

    int total = 0;
    if (pos == s.size()) {
        if (wholeDigits <= 2) {
            total = whole * 60;
        } else if (signed_ || prefixed) {
            // "-0500", "UTC+0530": hours and minutes without a separator.
            const int hours = whole / 100;
            const int mins = whole % 100;
            if (mins >= 60)
                return false;
            total = hours * 60 + mins;
        } else {
            return false; // "500" is too ambiguous to guess
        }
    } else {
        if (wholeDigits > 2)
            return false;
        const QChar separator = s.at(pos++);
        if (separator == QLatin1Char(':')) {
            int mins = 0;
            if (readDigits(s, &pos, 2, &mins) != 2 || mins >= 60)
                return false;
            total = whole * 60 + mins;
        } else if (separator == QLatin1Char('.') || separator == QLatin1Char(',')) {
            int fraction = 0;
            const int fractionDigits = readDigits(s, &pos, 4, &fraction);
            if (fractionDigits == 0)
                return false;
            int scale = 1;
            for (int i = 0; i < fractionDigits; ++i)
                scale *= 10;
            // Only fractions that are whole minutes: .5, .75, .50, .250 ...
            if ((fraction * 60) % scale != 0)
                return false;
            total = whole * 60 + fraction * 60 / scale;
        } else {
            return false;
        }
        if (pos != s.size())
            return false;
    }
    *minutes = sign * total;
    return true;
}

} // namespace

const QList<TimeZoneInfo> &timeZones()
{
    static const QList<TimeZoneInfo> zones = [] {
        QList<TimeZoneInfo> list;
        list.reserve(int(kZones.size()));
        for (const ZoneEntry &zone : kZones) {
            list.append({QString::fromLatin1(zone.offset),
                         QCoreApplication::translate("TimeZones", zone.description)});
        }
        return list;
    }();
    return zones;
}

QString canonicalTimeZone(const QString &typed, bool *ok)
{
    if (ok)
        *ok = false;
    int minutes = 0;
    if (!parseOffsetMinutes(typed, &minutes))
        return QString();
    for (const ZoneEntry &zone : kZones) {
        if (zone.minutes == minutes) {
            if (ok)
                *ok = true;
            return QString::fromLatin1(zone.offset);
        }
    }
    return QString();
}

bool isCanonicalTimeZone(QStringView value)
{
    // Runs for every field check of every imported row: the offsets' lengths
    // are measured once, so each compare is a length test and at most a memcmp.
    static const std::vector<QLatin1String> offsets = [] {
        std::vector<QLatin1String> list;
        for (const ZoneEntry &zone : kZones)
            list.emplace_back(zone.offset);
        return list;
    }();
    for (const QLatin1String &offset : offsets) {
        if (value == offset)
            return true;
    }
    return false;
}

} // namespace vp
