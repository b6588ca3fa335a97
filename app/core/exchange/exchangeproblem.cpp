#include "exchange/exchangeproblem.h"

#include <QCoreApplication>

#include "exchange/sheet.h"

namespace PlanDesk {

namespace {

/// Text from the file (a key, a cell) may hold line breaks and control
/// characters; a problem stays one line, so that lists of problems do too.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
        else if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return text;
}

class Exchange
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)

public:
    static QString place(const ExchangeProblem &p)
    {
        QStringList parts;
        if (!p.file.isEmpty())
            parts << p.file;
        if (!p.sheet.isEmpty())
            parts << tr("sheet %1").arg(p.sheet);
        if (p.row > 0)
            parts << tr("row %1").arg(p.row);
        if (p.column >= 0) {
            parts << (p.field.isEmpty()
                          ? tr("column %1").arg(columnLetters(p.column))
                          : tr("column %1 (%2)").arg(columnLetters(p.column), p.field));
        } else if (!p.field.isEmpty()) {
            parts << p.field;
        }
        return parts.join(tr(", "));
    }
};

} // namespace

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString ExchangeProblem::place() const
{
    return oneLine(Exchange::place(*this));
}

QString ExchangeProblem::toString() const
{
    const QString where = place();
    return oneLine(where.isEmpty() ? message
                                   : Exchange::tr("%1: %2", "place: message").arg(where, message));
}

} // namespace PlanDesk
