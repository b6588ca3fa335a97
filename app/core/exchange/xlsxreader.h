#pragma once

#include <QCoreApplication>
#include <QString>

#include "exchange/sheet.h"
#include "util/result.h"

class QIODevice;

namespace PlanDesk {

/// Reads the cells of an .xlsx workbook (Excel, WPS, LibreOffice, openpyxl)
/// into a Workbook: every sheet in tab order with its name and whether it is
/// hidden, each row that holds something, strings, numbers as stored, dates,
/// booleans and formula errors (formulas give their cached values).
///
/// Built for files from strangers: it refuses, with one line naming the file,
/// sheet, row and column, anything that is not a workbook, climbs out of the
/// package, unpacks to more than XlsxArchive::maxUnpackedBytes, exceeds
/// Excel's limits (1,048,576 rows, 16,384 columns, 32,767 characters a cell)
/// or is malformed XML. Memory stays bounded: members are parsed as they
/// are unpacked and over-long text is counted, not kept.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    /// Messages call the file by QFileInfo(path).fileName().
    static Result<Workbook> read(const QString &path);
    /// `device` must be seekable; it is opened for reading if it is not open.
    static Result<Workbook> read(QIODevice &device, const QString &fileName);
};

} // namespace PlanDesk
