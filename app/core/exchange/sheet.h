#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace PlanDesk {

/// One cell as a spreadsheet or CSV file holds it, before any meaning is
/// given to it. Numbers keep the exact text the file stores ("4.2", "1E-3"),
/// so nothing passes through binary floating point on the way in.
struct SheetCell
{
    enum class Kind {
        Empty,
        Text, ///< shared or inline string, any CSV field, or a number in a
              ///< percent format as Excel shows it ("36.2%")
        Number, ///< text holds the stored digits
        Boolean, ///< text is "true" or "false"
        Date, ///< a number in a date format; date holds it, text the serial
        Error ///< a formula error such as #DIV/0!, or a formula saved without its
              ///< calculated value; text says which
    };

    Kind kind = Kind::Empty;
    QString text;
    QDate date;

    bool isEmpty() const
    {
        return kind == Kind::Empty || (kind == Kind::Text && text.trimmed().isEmpty());
    }
};

/// A row of cells; `number` is the row's number as the user sees it (1-based:
/// Excel's row number, or the CSV line on which the record starts).
struct SheetRow
{
    int number = 0;
    QList<SheetCell> cells; ///< by column, from column A; trailing empties may be missing

    SheetCell cell(int column) const
    {
        return column < cells.size() ? cells.at(column) : SheetCell();
    }
};

/// One worksheet, or the single table of a CSV file.
struct Sheet
{
    QString name; ///< the tab's name; empty for CSV
    bool hidden = false;
    QList<SheetRow> rows; ///< only rows that hold something, in order
};

/// What a reader got out of one file.
struct Workbook
{
    QString fileName; ///< as shown in messages: the file's name, not its path
    QList<Sheet> sheets;
};

/// "A" for column 0, "Z" for 25, "AA" for 26 — as Excel labels columns.
QString columnLetters(int column);

} // namespace PlanDesk
