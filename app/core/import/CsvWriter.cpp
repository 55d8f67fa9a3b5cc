#include "import/CsvWriter.h"

using namespace Qt::StringLiterals;

namespace vp {

namespace {

bool needsQuotes(const QString &cell, QChar delimiter)
{
    return cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n') ||
           cell.contains(u'\r') ||
           (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
}

} // namespace

QString CsvWriter::defused(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + cell;
    default:
        return cell;
    }
}

QByteArray CsvWriter::row(const QStringList &cells, Formulas formulas, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += delimiter;
        const QString cell = formulas == Formulas::Defuse ? defused(cells[i]) : cells[i];
        if (needsQuotes(cell, delimiter)) {
            QString escaped = cell;
            escaped.replace(u"\""_s, u"\"\""_s);
            line += u'"' + escaped + u'"';
        } else {
            line += cell;
        }
    }
    line += u"\r\n"_s;
    return line.toUtf8();
}

} // namespace vp
