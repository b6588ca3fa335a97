#pragma once

#include <QByteArray>
#include <QString>

#include "exchange/exporttable.h"
#include "util/result.h"

namespace PlanDesk {

/// An .xlsx workbook of one sheet named `sheetName` (at most 31 characters,
/// none of []:*?/\). Row 1 holds the column keys exactly as the CSV header
/// does, so importers read .xlsx and .csv alike; it is bold, frozen and has
/// an autofilter. Numbers are numbers holding their exact decimal text,
/// dates real dates shown yyyy-mm-dd, booleans TRUE/FALSE, lists text
/// joined with "、"; text is always text, never a formula. Long text wraps.
Result<QByteArray> toXlsx(const ExportTable &table, const QString &sheetName);

/// Writes toXlsx() to `path`, whole or not at all.
Status writeXlsx(const ExportTable &table, const QString &path, const QString &sheetName);

} // namespace PlanDesk
