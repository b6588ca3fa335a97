#pragma once

#include <QByteArray>

#include "exchange/exporttable.h"

namespace PlanDesk {

/// CSV as Excel on a Chinese Windows opens it correctly: UTF-8 with BOM, CRLF
/// line ends, RFC 4180 quoting, a header row. Text cells that start with
/// = + - @ (or a tab or CR) get a leading apostrophe so Excel shows them
/// instead of running them as formulas. Lists are joined with "、".
QByteArray toCsv(const ExportTable &table);

/// A JSON array of objects whose keys keep the table's column order.
QByteArray toJson(const ExportTable &table);

} // namespace PlanDesk
