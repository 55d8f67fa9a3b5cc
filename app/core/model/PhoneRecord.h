// One phone as the user asked for it: the raw values of every add_phone field
// (empty means "not given", so the server's default applies for optional
// fields) plus whether it should end up active.
#pragma once

#include "model/PhoneField.h"

#include <array>
#include <QMetaType>
#include <QString>

namespace vp {

class PhoneRecord
{
public:
    PhoneRecord() = default;

    QString value(PhoneField field) const { return m_values[std::size_t(field)]; }
    void setValue(PhoneField field, const QString &value) { m_values[std::size_t(field)] = value; }

    // add_phone always creates an active phone; an inactive one is added and
    // then switched off with update_phone active=N.
    bool isActive() const { return m_active; }
    void setActive(bool active) { m_active = active; }

    QString extension() const { return value(PhoneField::Extension); }
    QString serverIp() const { return value(PhoneField::ServerIp); }
    QString login() const { return value(PhoneField::PhoneLogin); }

    // Keys used by the in-flight guards and duplicate checks: the server
    // compares extensions case-insensitively per server, logins cluster-wide.
    QString extensionKey() const;
    QString loginKey() const;

    // A copy with phone_pass and registration_password emptied.
    PhoneRecord withoutSecrets() const;

    bool operator==(const PhoneRecord &other) const
    {
        return m_values == other.m_values && m_active == other.m_active;
    }
    bool operator!=(const PhoneRecord &other) const { return !(*this == other); }

private:
    std::array<QString, PhoneFieldCount> m_values;
    bool m_active = true;
};

} // namespace vp

Q_DECLARE_METATYPE(vp::PhoneRecord)
