#include "Fault.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

const QList<std::pair<Fault, QString>> &names()
{
    static const QList<std::pair<Fault, QString>> list{
        {Fault::None, u"none"_s},
        {Fault::ServerError500, u"server-error-500"_s},
        {Fault::HtmlErrorPage, u"html-error-page"_s},
        {Fault::Redirect, u"redirect"_s},
        {Fault::Garbage200, u"garbage-200"_s},
        {Fault::CloseMidReply, u"close-mid-reply"_s},
        {Fault::NeverFinish, u"never-finish"_s},
        {Fault::ServerError500AfterInsert, u"server-error-500-after-insert"_s},
    };
    return list;
}

} // namespace

QString faultName(Fault fault)
{
    for (const auto &[f, name] : names()) {
        if (f == fault)
            return name;
    }
    return QString();
}

std::optional<Fault> faultFromName(const QString &name)
{
    for (const auto &[f, n] : names()) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

bool faultRunsRequest(Fault fault)
{
    return fault == Fault::CloseMidReply || fault == Fault::NeverFinish ||
           fault == Fault::ServerError500AfterInsert;
}

} // namespace sim
