#include "SimPhone.h"

#include "CleaningRules.h"

namespace sim {

namespace {

struct ColumnInfo
{
    const char *name;
    int width;
    const char *defaultValue;
};

// Widths as given by the specification; enumerated columns are 0.
constexpr ColumnInfo kColumns[SimPhone::ColumnCount] = {
    {"extension", 100, ""},
    {"dialplan_number", 20, ""},
    {"voicemail_id", 10, ""},
    {"login", 15, ""},
    {"pass", 20, ""},
    {"server_ip", 15, ""},
    {"protocol", 0, "SIP"},
    {"conf_secret", 20, ""},
    {"fullname", 50, ""},
    {"local_gmt", 0, "-5.00"},
    {"outbound_cid", 20, ""},
    {"phone_context", 20, "default"},
    {"email", 100, ""},
    {"user_group", 20, "---ALL---"},
    {"active", 0, "Y"},
    {"status", 10, "ACTIVE"},
    {"is_webphone", 0, "N"},
    {"webphone_auto_answer", 0, "Y"},
    {"use_external_server_ip", 0, "N"},
    {"template_id", 15, ""},
    {"on_hook_agent", 0, "N"},
    {"outbound_alt_cid", 20, ""},
    {"phone_ring_timeout", 0, "60"},
    {"delete_vm_after_email", 0, "N"},
};

} // namespace

SimPhone SimPhone::withDefaults()
{
    SimPhone phone;
    for (int c = 0; c < ColumnCount; ++c)
        phone.values[std::size_t(c)] = QString::fromLatin1(kColumns[c].defaultValue);
    return phone;
}

QString SimPhone::columnName(Column column)
{
    return QString::fromLatin1(kColumns[column].name);
}

int SimPhone::columnWidth(Column column)
{
    return kColumns[column].width;
}

void SimPhone::set(Column column, const QString &value)
{
    const int width = columnWidth(column);
    (*this)[column] = width > 0 ? CleaningRules::truncated(value, width) : value;
}

QJsonObject SimPhone::toJson() const
{
    QJsonObject object;
    for (int c = 0; c < ColumnCount; ++c)
        object.insert(columnName(Column(c)), values[std::size_t(c)]);
    return object;
}

SimPhone SimPhone::fromJson(const QJsonObject &object)
{
    SimPhone phone = withDefaults();
    for (int c = 0; c < ColumnCount; ++c) {
        const QJsonValue v = object.value(columnName(Column(c)));
        if (v.isString())
            phone.set(Column(c), v.toString());
    }
    return phone;
}

} // namespace sim
