// The CSV record parser: splits decoded text into RFC 4180 records and keeps
// the physical line each record starts on. It knows nothing of files,
// encodings, headers or columns (CsvReader adds those).
#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vp {

struct CsvRow
{
    int line = 0; // physical line (1-based) in the file where the row starts
    QStringList cells;
};

// Text can be added in pieces (readRecord() answers false until a whole
// record is there), so a caller can parse a huge file chunk by chunk.
class CsvRecordParser
{
    Q_DECLARE_TR_FUNCTIONS(CsvRecordParser)

public:
    explicit CsvRecordParser(QChar delimiter, qsizetype maxFieldChars = 64 * 1024,
                             int firstLine = 1);

    void addText(const QString &text);
    // No more text will come: what is left is the last record.
    void finish();
    // The next complete record, or false when more text is needed, the text is
    // done (atEnd()) or an error stopped the parse (hasError()).
    bool readRecord(CsvRow *row);
    bool atEnd() const;
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    // Cells that had text after their closing quote (`"abc"def`), kept as typed.
    int strayQuoteLine() const { return m_strayQuoteLine; }

private:
    enum class Step
    {
        Record,
        NeedMore,
        End,
        Error
    };
    Step parseRecord(CsvRow *row);

    QString m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
    QChar m_delimiter;
    qsizetype m_maxFieldChars;
    bool m_finished = false;
    QString m_error;
    int m_errorLine = 0;
    int m_strayQuoteLine = 0;
    qsizetype m_lastWidth = 0;
};

} // namespace vp
