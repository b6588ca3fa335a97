#pragma once

#include <QByteArrayView>
#include <QList>
#include <QStringView>

#include "exchange/sheet.h"
#include "util/result.h"

/// CsvReader's parts: splitting CSV text into records and fields, with the
/// place of every problem. Not for use outside CsvReader.
namespace PlanDesk::CsvScan {

/// The 8-bit encodings the scanner decodes field by field. Their multi-byte
/// sequences never hold a byte below 0x30 (quote, comma, semicolon, tab, CR,
/// LF), so the bytes can be split into fields before they are decoded.
enum class ByteEncoding { Utf8, Gb18030 };

/// Where `bytes` stop being valid UTF-8 (or GB18030), or -1 when they are valid.
qsizetype invalidUtf8At(QByteArrayView bytes);
qsizetype invalidGb18030At(QByteArrayView bytes);

/// The delimiter the first non-empty line suggests: tab or semicolon when it
/// has those and no comma (outside quotes), otherwise comma. With
/// `tabByDefault` (Excel's UTF-16 text), tab unless the line has commas and
/// no tab.
char16_t guessDelimiter(QByteArrayView bytes, bool tabByDefault = false);
char16_t guessDelimiter(QStringView text, bool tabByDefault = false);

Result<QList<SheetRow>> scan(QByteArrayView bytes, ByteEncoding encoding, char16_t delimiter,
                             const QString &fileName);
Result<QList<SheetRow>> scan(QStringView text, char16_t delimiter, const QString &fileName);

} // namespace PlanDesk::CsvScan
