#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include "exchange/sheet.h"
#include "util/result.h"

namespace PlanDesk {

class XlsxArchive;

/// What the worksheets of one workbook share: its strings, which styles show
/// dates, its date system, and how many more cells may still be made.
struct XlsxBookContext
{
    QStringList strings;
    QHash<int, qint64> overlongStrings; ///< index -> characters, kept out of `strings`
    QList<bool> dateStyles; ///< by cellXfs index
    QList<bool> percentStyles; ///< by cellXfs index
    bool date1904 = false;
    qint64 cellsLeft = 5'000'000; ///< blanks between filled cells count too
};

/// Reads xl/sharedStrings.xml and worksheets for XlsxReader.
class XlsxSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetReader)

public:
    static constexpr int maxRows = 1048576;
    static constexpr int maxColumns = 16384;
    static constexpr qint64 maxCellChars = 32767;
    static constexpr int maxStrings = 5'000'000;

    static Status readSharedStrings(XlsxArchive &archive, const QString &member,
                                    XlsxBookContext &book);
    static Status readStyles(XlsxArchive &archive, const QString &member, XlsxBookContext &book);
    static Status readWorksheet(XlsxArchive &archive, const QString &member, XlsxBookContext &book,
                                Sheet &sheet);

    /// "52,428,800": numbers in messages, grouped as both English and Chinese do.
    static QString count(qint64 n);
};

} // namespace PlanDesk
