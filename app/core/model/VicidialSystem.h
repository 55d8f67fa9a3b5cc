// A VICIdial system: one non-agent API address. Every phone, batch and attempt
// belongs to exactly one, and what is known about one (phones added, the
// server's build, a confirmed login) is never taken as true of another.
#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace vp {

struct VicidialSystem
{
    // The normalised API address: lower-case host, the port only when it is
    // not the scheme's default, then the path ("dialer.example.com/vicidial/
    // non_agent_api.php"). The scheme is left out: http and https to the same
    // host and path reach the same VICIdial database.
    QString key;
    // What the user calls it ("Production"); may be empty.
    QString name;

    static QString keyFor(const QUrl &apiUrl);
    static VicidialSystem fromApiUrl(const QUrl &apiUrl, const QString &name = {});

    bool isValid() const { return !key.isEmpty(); }
    // The name when given, else the key's host[:port].
    QString displayName() const;

    bool operator==(const VicidialSystem &other) const { return key == other.key; }
    bool operator!=(const VicidialSystem &other) const { return key != other.key; }
};

} // namespace vp

Q_DECLARE_METATYPE(vp::VicidialSystem)
