#pragma once

#include <QJsonObject>
#include <QString>

#include <array>

namespace sim {

// A row of the server's phones table, limited to the columns the API touches.
struct SimPhone
{
    enum Column
    {
        Extension,
        DialplanNumber,
        VoicemailId,
        Login,
        Pass,
        ServerIp,
        Protocol,
        ConfSecret,
        Fullname,
        LocalGmt,
        OutboundCid,
        PhoneContext,
        Email,
        UserGroup,
        Active,
        Status,
        IsWebphone,
        WebphoneAutoAnswer,
        UseExternalServerIp,
        TemplateId,
        OnHookAgent,
        OutboundAltCid,
        PhoneRingTimeout,
        DeleteVmAfterEmail,
        ColumnCount
    };

    std::array<QString, ColumnCount> values;

    // A new phone with the column defaults of the real table.
    static SimPhone withDefaults();
    static QString columnName(Column column);
    // VARCHAR width of the column; 0 for the enumerated ones.
    static int columnWidth(Column column);

    QString &operator[](Column column) { return values[std::size_t(column)]; }
    const QString &operator[](Column column) const { return values[std::size_t(column)]; }

    // Stores the value as the column would: cut to the column's width.
    void set(Column column, const QString &value);

    QJsonObject toJson() const;
    static SimPhone fromJson(const QJsonObject &object);
};

} // namespace sim
