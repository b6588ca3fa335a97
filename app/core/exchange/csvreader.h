#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "exchange/sheet.h"
#include "util/result.h"

namespace PlanDesk {

/// Reads the CSV files Chinese offices really produce into a Workbook of one
/// unnamed Sheet: UTF-8 with or without BOM, GB18030/GBK as Chinese Excel
/// saves it, and Excel's "Unicode text" (UTF-16 with BOM, tab-separated).
/// Comma-separated by default; tab or semicolon when the header line uses
/// them and no commas. RFC 4180 quoting, CRLF/LF/CR line ends. Every field is
/// Text (or Empty); a row's number is the line on which its record starts;
/// empty rows are left out, ragged rows kept as they are. Refuses binary
/// files, bad quoting, invalid bytes, fields over Excel's 32,767 characters
/// and files over maxBytes, naming the place (line and column).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options
    {
        qint64 maxBytes = 256 * 1024 * 1024;
    };

    /// Excel's limit on the characters in one cell.
    static constexpr int maxFieldChars = 32767;

    static Result<Workbook> read(const QString &path);
    static Result<Workbook> read(const QString &path, const Options &options);
    /// `fileName` is used in messages; `encodingName`, when given, receives
    /// "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030".
    static Result<Workbook> parse(const QByteArray &bytes, const QString &fileName,
                                  QString *encodingName = nullptr);
    static Result<Workbook> parse(const QByteArray &bytes, const QString &fileName,
                                  QString *encodingName, const Options &options);
};

} // namespace PlanDesk
