#include "exchange/exchangeproblem.h"

#include <QCoreApplication>

#include "exchange/sheet.h"

namespace PlanDesk {

namespace {

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
    return Exchange::place(*this);
}

QString ExchangeProblem::toString() const
{
    const QString where = place();
    return where.isEmpty() ? message : Exchange::tr("%1: %2", "place: message").arg(where, message);
}

} // namespace PlanDesk
