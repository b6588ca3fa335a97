#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace PlanDesk::Testing {

/// An .xlsx file as python3's openpyxl reads it, an independent reader: a
/// second opinion on what libxlsxwriter wrote, and how Excel will see it.
struct OpenpyxlSheet
{
    QString error; ///< why it could not be read (python3 or openpyxl missing)
    QJsonObject data; ///< see readWithOpenpyxl()

    bool ok() const { return error.isEmpty(); }
    /// Row r (0 = header) of cells: null when empty, else [type, text, format]
    /// with type "s" text, "n" number (Python repr), "b" bool ("true"/"false"),
    /// "d" date (ISO) and the cell's number format.
    QJsonArray rows() const { return data[u"rows"].toArray(); }
    QJsonArray cell(int row, int column) const
    {
        return rows().at(row).toArray().at(column).toArray();
    }
    /// The first sheet's XML, as stored in the zip.
    QString xml() const { return data[u"xml"].toString(); }
};

/// Runs python3 with openpyxl on `path`: sheet names ("sheets"), the first
/// sheet's "title", "freeze", "filter", header "bold" flags, per-cell
/// "wrap" flags, column "widths" by letter, "rows" and "xml".
OpenpyxlSheet readWithOpenpyxl(const QString &path);

} // namespace PlanDesk::Testing
