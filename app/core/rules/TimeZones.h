// The 33 local_gmt values add_phone accepts and the forms people type them in
// ("-5", "GMT-5", "UTC+05:30"), so every client sends the canonical "-5.00".
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace vp {

struct TimeZoneInfo
{
    QString offset;      // canonical form the server expects, e.g. "-5.00"
    QString description; // translated places on that standard-time offset, e.g. "US Eastern"
};

// The server's 33 standard-time offsets (it applies no DST adjustment) in the
// specification's order, 12.75 down to -12.00. Descriptions are translated on
// the first call, so install translators before.
const QList<TimeZoneInfo> &timeZones();

// The canonical offset for what was typed: "-5" -> "-5.00", "+5.5" -> "5.50",
// "GMT-5" / "UTC-05:00" / "-0500" -> "-5.00", "5:30" -> "5.50", "0" / "UTC" -> "0.00".
// Sets *ok (if given) to false and returns an empty string when the value is
// not one of the 33 (e.g. "EST", "-4.25").
QString canonicalTimeZone(const QString &typed, bool *ok = nullptr);

// True if value is already one of the 33 canonical strings.
bool isCanonicalTimeZone(QStringView value);

} // namespace vp
