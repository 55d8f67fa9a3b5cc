#include "import/ColumnMapping.h"

#include <QCoreApplication>
#include <QHash>

namespace vp {

namespace {

struct Alias
{
    const char *name; // already in normalizedHeader() form
    PhoneField field;
};

// API names and the app's labels are added from the field table; these are the
// other names found in exports and hand-made sheets.
const Alias kAliases[] = {
    {"ext", PhoneField::Extension},
    {"exten", PhoneField::Extension},
    {"extn", PhoneField::Extension},
    {"extno", PhoneField::Extension},
    {"extensionnumber", PhoneField::Extension},
    {"phoneextension", PhoneField::Extension},
    {"ramal", PhoneField::Extension},    // pt
    {"extensao", PhoneField::Extension}, // pt: extensão
    {"anexo", PhoneField::Extension},    // es (Chile, Peru)
    {"interno", PhoneField::Extension},  // es (Argentina)

    {"dialplan", PhoneField::DialplanNumber},
    {"dialplanno", PhoneField::DialplanNumber},
    {"dialplannum", PhoneField::DialplanNumber},
    {"dialnumber", PhoneField::DialplanNumber},
    {"dialplanextension", PhoneField::DialplanNumber},
    {"plandemarcacion", PhoneField::DialplanNumber},
    {"planodediscagem", PhoneField::DialplanNumber},

    {"voicemail", PhoneField::VoicemailId},
    {"vm", PhoneField::VoicemailId},
    {"vmid", PhoneField::VoicemailId},
    {"vmbox", PhoneField::VoicemailId},
    {"mailbox", PhoneField::VoicemailId},
    {"voicemailbox", PhoneField::VoicemailId},
    {"buzon", PhoneField::VoicemailId},
    {"buzondevoz", PhoneField::VoicemailId},
    {"correodevoz", PhoneField::VoicemailId},
    {"caixapostal", PhoneField::VoicemailId},
    {"correiodevoz", PhoneField::VoicemailId},

    {"login", PhoneField::PhoneLogin},
    {"loginid", PhoneField::PhoneLogin},
    {"loginname", PhoneField::PhoneLogin},
    {"user", PhoneField::PhoneLogin},
    {"userid", PhoneField::PhoneLogin},
    {"username", PhoneField::PhoneLogin},
    {"phoneuser", PhoneField::PhoneLogin},
    {"sipuser", PhoneField::PhoneLogin},
    {"sipusername", PhoneField::PhoneLogin},
    {"usuario", PhoneField::PhoneLogin},
    {"utilizador", PhoneField::PhoneLogin},

    // "Password" alone is the login password; anything naming SIP,
    // registration or a secret is the registration password (conf_secret).
    {"password", PhoneField::PhonePass},
    {"pass", PhoneField::PhonePass},
    {"passwd", PhoneField::PhonePass},
    {"pwd", PhoneField::PhonePass},
    {"pw", PhoneField::PhonePass},
    {"phonepassword", PhoneField::PhonePass},
    {"contrasena", PhoneField::PhonePass},
    {"clave", PhoneField::PhonePass},
    {"senha", PhoneField::PhonePass},

    {"registrationpass", PhoneField::RegistrationPassword},
    {"registrationsecret", PhoneField::RegistrationPassword},
    {"regpass", PhoneField::RegistrationPassword},
    {"regpassword", PhoneField::RegistrationPassword},
    {"secret", PhoneField::RegistrationPassword},
    {"sipsecret", PhoneField::RegistrationPassword},
    {"sippassword", PhoneField::RegistrationPassword},
    {"sippass", PhoneField::RegistrationPassword},
    {"confsecret", PhoneField::RegistrationPassword},
    {"contrasenasip", PhoneField::RegistrationPassword},
    {"contrasenaderegistro", PhoneField::RegistrationPassword},
    {"clavesip", PhoneField::RegistrationPassword},
    {"senhasip", PhoneField::RegistrationPassword},
    {"senhaderegistro", PhoneField::RegistrationPassword},

    {"server", PhoneField::ServerIp},
    {"ip", PhoneField::ServerIp},
    {"ipaddress", PhoneField::ServerIp},
    {"serveripaddress", PhoneField::ServerIp},
    {"serveraddress", PhoneField::ServerIp},
    {"host", PhoneField::ServerIp},
    {"servidor", PhoneField::ServerIp},
    {"servidorip", PhoneField::ServerIp},
    {"ipdelservidor", PhoneField::ServerIp},
    {"ipdoservidor", PhoneField::ServerIp},

    {"proto", PhoneField::Protocol},
    {"protocolo", PhoneField::Protocol},

    {"name", PhoneField::PhoneFullName},
    {"fullname", PhoneField::PhoneFullName},
    {"phonename", PhoneField::PhoneFullName},
    {"displayname", PhoneField::PhoneFullName},
    {"agentname", PhoneField::PhoneFullName},
    {"nombre", PhoneField::PhoneFullName},
    {"nombrecompleto", PhoneField::PhoneFullName},
    {"nome", PhoneField::PhoneFullName},
    {"nomecompleto", PhoneField::PhoneFullName},

    {"gmt", PhoneField::LocalGmt},
    {"gmtoffset", PhoneField::LocalGmt},
    {"utc", PhoneField::LocalGmt},
    {"utcoffset", PhoneField::LocalGmt},
    {"timezone", PhoneField::LocalGmt},
    {"tz", PhoneField::LocalGmt},
    {"zonahoraria", PhoneField::LocalGmt},
    {"husohorario", PhoneField::LocalGmt},
    {"fusohorario", PhoneField::LocalGmt},

    {"cid", PhoneField::OutboundCid},
    {"clid", PhoneField::OutboundCid},
    {"callerid", PhoneField::OutboundCid},
    {"calleridnumber", PhoneField::OutboundCid},
    {"outboundcallerid", PhoneField::OutboundCid},
    {"identificadordellamada", PhoneField::OutboundCid},
    {"bina", PhoneField::OutboundCid}, // pt-BR

    {"context", PhoneField::PhoneContext},
    {"dialcontext", PhoneField::PhoneContext},
    {"contexto", PhoneField::PhoneContext},

    {"mail", PhoneField::Email},
    {"emailaddress", PhoneField::Email},
    {"correo", PhoneField::Email},
    {"correoelectronico", PhoneField::Email},
    {"correio", PhoneField::Email},
    {"correioeletronico", PhoneField::Email},

    {"usergroup", PhoneField::AdminUserGroup},
    {"admingroup", PhoneField::AdminUserGroup},
    {"group", PhoneField::AdminUserGroup},
    {"grupo", PhoneField::AdminUserGroup},
    {"grupodeusuarios", PhoneField::AdminUserGroup},

    {"iswebphone", PhoneField::IsWebphone},
    {"telefonoweb", PhoneField::IsWebphone},
    {"telefoneweb", PhoneField::IsWebphone},
    {"autoanswer", PhoneField::WebphoneAutoAnswer},
    {"externalserverip", PhoneField::UseExternalServerIp},
    {"externalip", PhoneField::UseExternalServerIp},

    {"template", PhoneField::TemplateId},
    {"phonetemplate", PhoneField::TemplateId},
    {"plantilla", PhoneField::TemplateId},
    {"modelo", PhoneField::TemplateId},

    {"onhook", PhoneField::OnHookAgent},
};

const char *const kActiveNames[] = {"active", "isactive", "enabled",   "activo",
                                    "activa", "ativo",    "habilitado"};

const QHash<QString, PhoneField> &aliasTable()
{
    static const QHash<QString, PhoneField> table = [] {
        QHash<QString, PhoneField> t;
        for (const PhoneFieldInfo &info : phoneFields()) {
            t.insert(ColumnMapping::normalizedHeader(QString::fromLatin1(info.apiName)),
                     info.field);
            // The untranslated label, so a report or template written by the
            // app reads back; translated labels are added below.
            t.insert(ColumnMapping::normalizedHeader(QString::fromUtf8(info.label)), info.field);
        }
        for (const Alias &alias : kAliases)
            t.insert(QString::fromLatin1(alias.name), alias.field);
        return t;
    }();
    return table;
}

QString withoutNotes(const QString &header)
{
    // "Extension (required)", "Server IP [10.x.x.x]": the note is not the name.
    QString result;
    int depth = 0;
    for (QChar c : header) {
        if (c == u'(' || c == u'[')
            ++depth;
        else if ((c == u')' || c == u']') && depth > 0)
            --depth;
        else if (depth == 0)
            result += c;
    }
    return result;
}

} // namespace

QString ColumnMapping::normalizedHeader(const QString &header)
{
    QString stripped = withoutNotes(header);
    if (stripped.trimmed().isEmpty())
        stripped = header;
    // Compatibility decomposition splits "ñ" into "n" and a combining mark,
    // which is not a letter and so is dropped with the punctuation.
    const QString decomposed = stripped.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

std::optional<PhoneField> ColumnMapping::guessField(const QString &header)
{
    const QString key = normalizedHeader(header);
    if (key.isEmpty())
        return std::nullopt;
    const auto &table = aliasTable();
    const auto it = table.constFind(key);
    if (it != table.cend())
        return it.value();
    for (const PhoneFieldInfo &info : phoneFields()) {
        const QString translated = QCoreApplication::translate("PhoneField", info.label);
        if (normalizedHeader(translated) == key)
            return info.field;
    }
    return std::nullopt;
}

bool ColumnMapping::isActiveHeader(const QString &header)
{
    const QString key = normalizedHeader(header);
    for (const char *name : kActiveNames) {
        if (key == QLatin1String(name))
            return true;
    }
    return false;
}

bool ColumnMapping::isKnownHeader(const QString &header)
{
    return guessField(header) || isActiveHeader(header);
}

ColumnMapping ColumnMapping::fromHeader(const QStringList &header)
{
    ColumnMapping mapping;
    for (int column = 0; column < header.size(); ++column) {
        const QString &name = header[column];
        mapping.columns.append(std::nullopt);
        if (isActiveHeader(name)) {
            if (mapping.activeColumn < 0)
                mapping.activeColumn = column;
            else
                mapping.warnings << tr("Columns %1 and %2 both say whether the phone is "
                                       "active; column %1 is used.")
                                        .arg(mapping.activeColumn + 1)
                                        .arg(column + 1);
            continue;
        }
        const std::optional<PhoneField> field = guessField(name);
        if (!field) {
            if (!name.trimmed().isEmpty())
                mapping.unknownColumns << name;
            continue;
        }
        const int earlier = mapping.columnOf(*field);
        if (earlier >= 0) {
            mapping.warnings << tr("Columns %1 (%2) and %3 (%4) both look like %5; column %1 "
                                   "is used.")
                                    .arg(earlier + 1)
                                    .arg(header[earlier], QString::number(column + 1), name,
                                         fieldLabel(*field));
            continue;
        }
        mapping.columns.last() = field;
    }
    return mapping;
}

int ColumnMapping::columnOf(PhoneField field) const
{
    for (int column = 0; column < columns.size(); ++column) {
        if (columns[column] == field)
            return column;
    }
    return -1;
}

} // namespace vp
