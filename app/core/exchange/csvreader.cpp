#include "exchange/csvreader.h"

#include <optional>

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include "exchange/csvscanner.h"
#include "exchange/exchangeproblem.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

using Rows = QList<SheetRow>;

QString fileProblem(const QString &fileName, const QString &message)
{
    return ExchangeProblem {fileName, {}, 0, -1, {}, message}.toString();
}

QString tooBigMessage(qint64 size, qint64 maxBytes)
{
    return CsvReader::tr("the file has %1 bytes, more than the %2 bytes a CSV file may have")
        .arg(size)
        .arg(maxBytes);
}

/// What a file that is no text at all looks like, or nothing when it may be text.
std::optional<QString> binaryKind(QByteArrayView bytes)
{
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06")) {
        return CsvReader::tr("this is not a CSV file: it looks like an Excel workbook (.xlsx) "
                             "or another zip file; import it with the Excel (.xlsx) importer");
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return CsvReader::tr("this is not a CSV file: it looks like an old Excel workbook "
                             "(.xls); save it from Excel as .xlsx or CSV and import that");
    }
    if (bytes.contains('\0')) {
        return CsvReader::tr("this is not a CSV file: it holds binary data (NUL bytes), not "
                             "text");
    }
    return std::nullopt;
}

/// UTF-16 without a BOM: ASCII characters leave a NUL in every other byte,
/// always on the same side. Only a clear pattern counts.
std::optional<QStringConverter::Encoding> utf16ByNulPattern(QByteArrayView bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 4096);
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes.at(i) == '\0')
            ++(i % 2 == 0 ? even : odd);
    }
    const qsizetype units = sample / 2;
    if (even == 0 && odd > 0 && odd * 8 >= units)
        return QStringConverter::Utf16LE;
    if (odd == 0 && even > 0 && even * 8 >= units)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

Result<Rows> scanUtf16(QByteArrayView body, QStringConverter::Encoding encoding,
                       const QString &fileName)
{
    if (body.size() % 2 != 0) {
        return Result<Rows>::failure(
            fileProblem(fileName,
                        CsvReader::tr("the UTF-16 text ends in the middle of a character; the "
                                      "file may have been cut short")));
    }
    QStringDecoder decoder(encoding);
    const QString text = decoder(body);
    if (decoder.hasError()) {
        return Result<Rows>::failure(
            fileProblem(fileName, CsvReader::tr("the file is not valid UTF-16 text")));
    }
    if (text.contains(QChar(u'\0'))) {
        return Result<Rows>::failure(
            fileProblem(fileName,
                        CsvReader::tr("this is not a CSV file: it holds binary data (NUL "
                                      "characters), not text")));
    }
    // Excel's "Unicode text" is tab-separated.
    return CsvScan::scan(text, CsvScan::guessDelimiter(text, true), fileName);
}

Result<Rows> scanBytes(QByteArrayView body, CsvScan::ByteEncoding encoding, const QString &fileName)
{
    if (const auto kind = binaryKind(body))
        return Result<Rows>::failure(fileProblem(fileName, *kind));
    return CsvScan::scan(body, encoding, CsvScan::guessDelimiter(body), fileName);
}

} // namespace

Result<Workbook> CsvReader::read(const QString &path)
{
    return read(path, Options());
}

Result<Workbook> CsvReader::read(const QString &path, const Options &options)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Workbook>::failure(
            fileProblem(fileName, tr("the file cannot be opened: %1").arg(file.errorString())));
    }
    if (file.size() > options.maxBytes)
        return Result<Workbook>::failure(
            fileProblem(fileName, tooBigMessage(file.size(), options.maxBytes)));
    // Never more than the limit, even when the size was not known beforehand.
    const QByteArray bytes = file.read(options.maxBytes + 1);
    if (bytes.size() > options.maxBytes) {
        return Result<Workbook>::failure(
            fileProblem(fileName, tooBigMessage(bytes.size(), options.maxBytes)));
    }
    if (file.error() != QFileDevice::NoError) {
        return Result<Workbook>::failure(
            fileProblem(fileName, tr("the file cannot be read: %1").arg(file.errorString())));
    }
    return parse(bytes, fileName, nullptr, options);
}

Result<Workbook> CsvReader::parse(const QByteArray &bytes, const QString &fileName,
                                  QString *encodingName)
{
    return parse(bytes, fileName, encodingName, Options());
}

Result<Workbook> CsvReader::parse(const QByteArray &bytes, const QString &fileName,
                                  QString *encodingName, const Options &options)
{
    if (bytes.size() > options.maxBytes) {
        return Result<Workbook>::failure(
            fileProblem(fileName, tooBigMessage(bytes.size(), options.maxBytes)));
    }

    // Views, not copies: the file may be large.
    const QByteArrayView all(bytes);
    QString encoding;
    std::optional<Result<Rows>> rows;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        encoding = u"UTF-8"_s;
        rows = scanBytes(all.sliced(3), CsvScan::ByteEncoding::Utf8, fileName);
    } else if (bytes.startsWith("\xFF\xFE")) {
        encoding = u"UTF-16LE"_s;
        rows = scanUtf16(all.sliced(2), QStringConverter::Utf16LE, fileName);
    } else if (bytes.startsWith("\xFE\xFF")) {
        encoding = u"UTF-16BE"_s;
        rows = scanUtf16(all.sliced(2), QStringConverter::Utf16BE, fileName);
    } else if (const auto utf16 = utf16ByNulPattern(bytes)) {
        encoding = *utf16 == QStringConverter::Utf16LE ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        rows = scanUtf16(bytes, *utf16, fileName);
    } else if (CsvScan::invalidUtf8At(bytes) < 0) {
        encoding = u"UTF-8"_s;
        rows = scanBytes(bytes, CsvScan::ByteEncoding::Utf8, fileName);
    } else {
        // What Chinese Excel saves as "CSV": the ANSI code page, GBK.
        encoding = u"GB18030"_s;
        rows = scanBytes(bytes, CsvScan::ByteEncoding::Gb18030, fileName);
    }
    if (encodingName)
        *encodingName = encoding;
    if (!*rows)
        return Result<Workbook>::failure(rows->error());

    Workbook workbook;
    workbook.fileName = fileName;
    Sheet sheet;
    sheet.rows = std::move(*rows).value();
    workbook.sheets << sheet;
    return workbook;
}

} // namespace PlanDesk
