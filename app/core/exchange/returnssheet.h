#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "domain/entities.h"
#include "util/result.h"

namespace PlanDesk {

/// One report owed, as a row of the returns template: the locked cells.
struct ReturnsRow
{
    QString taskCode; ///< TaskCode::toString()
    QString taskTitle;
    QString clause;
    QString role; ///< 牵头 or 配合
    QString department;
    QString period;
};

/// What one returns workbook holds.
struct ReturnsWorkbook
{
    QString planDocumentNumber;
    ReportingRound round;
    QString department; ///< empty when the workbook is for all departments
    QList<ReturnsRow> rows;
    QDate writtenOn;
};

/// Writes a returns template (.xlsx) with libxlsxwriter. The layout is the
/// contract the importer reads: sheet 进展填报 with the title in row 1, the
/// note in row 2, ExchangeColumns::progress()'s labels in row 3 and one row
/// per report owed below; sheet 填报说明; hidden sheet _plandesk with the
/// metadata. The template's own words are Chinese whatever the UI language,
/// since the departments read and fill them in Chinese.
class ReturnsSheet
{
    Q_DECLARE_TR_FUNCTIONS(ReturnsSheet)

public:
    static constexpr int headerRow = 2; ///< 0-based: row 3 as Excel shows it
    static constexpr char sheetName[] = "进展填报";
    static constexpr char instructionsSheetName[] = "填报说明";
    static constexpr char metadataSheetName[] = "_plandesk";

    /// The title of row 1: "{round title}（{department}）", or the round's
    /// title alone for all departments.
    static QString title(const ReportingRound &round, const QString &department);
    static Status write(const QString &path, const ReturnsWorkbook &book);
};

} // namespace PlanDesk
