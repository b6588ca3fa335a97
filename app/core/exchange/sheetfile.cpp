#include "exchange/sheetfile.h"

#include <QFileInfo>

#include "exchange/csvreader.h"
#include "exchange/xlsxreader.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

QStringList SheetFile::patterns()
{
    return {u"*.xlsx"_s, u"*.csv"_s, u"*.txt"_s};
}

Result<Workbook> SheetFile::read(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm")
        return XlsxReader::read(path);
    if (suffix == u"csv" || suffix == u"txt")
        return CsvReader::read(path);
    if (suffix == u"xls" || suffix == u"et" || suffix == u"ods")
        return Result<Workbook>::failure(
            tr("%1: PlanDesk reads .xlsx and .csv files; open this file in Excel or WPS and "
               "save it as an Excel workbook (.xlsx).")
                .arg(info.fileName()));
    return Result<Workbook>::failure(
        tr("%1: not a spreadsheet PlanDesk reads (.xlsx or .csv).").arg(info.fileName()));
}

} // namespace PlanDesk
