#include "import/CsvTemplate.h"

#include "import/CsvWriter.h"
#include "model/PhoneField.h"
#include "rules/PhoneRules.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

const QString kActive = u"active"_s;

QStringList exampleRow(int extension, const QString &name)
{
    const QString ext = QString::number(extension);
    QStringList cells;
    for (const PhoneFieldInfo &info : phoneFields()) {
        switch (info.field) {
        case PhoneField::Extension:
        case PhoneField::DialplanNumber:
        case PhoneField::VoicemailId:
        case PhoneField::PhoneLogin:
            cells << ext;
            break;
        case PhoneField::ServerIp:
            cells << u"10.10.10.15"_s;
            break;
        case PhoneField::Protocol:
            cells << u"SIP"_s;
            break;
        case PhoneField::PhoneFullName:
            cells << name;
            break;
        case PhoneField::LocalGmt:
            cells << u"-5.00"_s;
            break;
        case PhoneField::OutboundCid:
            cells << u"3125551212"_s;
            break;
        default:
            cells << QString(); // passwords: generated; optional: server default
            break;
        }
    }
    cells << u"Y"_s;
    return cells;
}

} // namespace

QByteArray CsvTemplate::templateCsv()
{
    QStringList header;
    for (const PhoneFieldInfo &info : phoneFields())
        header << QString::fromLatin1(info.apiName);
    header << kActive;
    // The example rows are ours and must import as written ("-5.00" stays a
    // time zone), so they are not defused.
    QByteArray out = CsvWriter::row(header);
    out += CsvWriter::row(exampleRow(1001, u"Agent 1001"_s), CsvWriter::Formulas::Keep);
    out += CsvWriter::row(exampleRow(1002, u"Agent 1002"_s), CsvWriter::Formulas::Keep);
    return out;
}

QByteArray CsvTemplate::fieldGuideCsv()
{
    QByteArray out = CsvWriter::row({tr("column"), tr("label"), tr("required"),
                                     tr("allowed values or characters"), tr("length"),
                                     tr("when empty"), tr("notes")});
    for (const PhoneFieldInfo &info : phoneFields()) {
        const PhoneField field = info.field;
        const QStringList allowed = PhoneRules::allowedValues(field);
        const QString values =
            allowed.isEmpty() ? PhoneRules::keptCharactersDescription(field) : allowed.join(u' ');
        const QString length =
            allowed.isEmpty()
                ? u"%1-%2"_s.arg(PhoneRules::minLength(field)).arg(PhoneRules::maxLength(field))
                : QString();
        QString empty;
        QString notes;
        switch (field) {
        case PhoneField::DialplanNumber:
        case PhoneField::VoicemailId:
        case PhoneField::PhoneLogin:
            empty = tr("the extension");
            break;
        case PhoneField::PhonePass:
        case PhoneField::RegistrationPassword:
            empty = tr("a generated password (if chosen in the import dialog)");
            notes = tr("secret: never stored by this program");
            break;
        case PhoneField::ServerIp:
        case PhoneField::TemplateId:
            empty = tr("the import dialog's default");
            notes = field == PhoneField::ServerIp ? tr("must be a server of the cluster")
                                                  : tr("must exist on the server");
            break;
        default:
            empty = PhoneRules::defaultValue(field).isEmpty()
                        ? (info.required ? tr("the import dialog's default, else refused")
                                         : tr("nothing"))
                        : PhoneRules::defaultValue(field);
            break;
        }
        if (field == PhoneField::Email)
            notes = tr("no apostrophe: the server fails on it");
        if (field == PhoneField::LocalGmt)
            notes = tr("standard time, no DST adjustment");
        out += CsvWriter::row({QString::fromLatin1(info.apiName), fieldLabel(field),
                               info.required ? tr("yes") : tr("no"), values, length, empty, notes});
    }
    out += CsvWriter::row({kActive, tr("Active"), tr("no"), u"Y N"_s, QString(), u"Y"_s,
                           tr("N adds the phone and then switches it off")});
    return out;
}

QString CsvTemplate::guidePathFor(const QString &templatePath)
{
    const QFileInfo info(templatePath);
    const QString base = info.completeBaseName().isEmpty() ? u"phones"_s : info.completeBaseName();
    return info.dir().filePath(base + u"-fields.csv"_s);
}

} // namespace vp
