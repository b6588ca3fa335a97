#include "exchange/csvscanner.h"

#include <algorithm>
#include <string>

#include <QTextCodec>

#include "exchange/csvreader.h"
#include "exchange/exchangeproblem.h"
#include "exchange/formulaguard.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::CsvScan {

namespace {

using Rows = QList<SheetRow>;

bool between(uchar b, uchar low, uchar high)
{
    return b >= low && b <= high;
}

QString failureAt(const QString &fileName, int line, int column, const QString &message)
{
    return ExchangeProblem {fileName, {}, line, column, {}, message}.toString();
}

QString tooLongMessage()
{
    return CsvReader::tr("the field is longer than %1 characters, the most a cell can hold; "
                         "reading stopped here")
        .arg(CsvReader::maxFieldChars);
}

/// The line of `offset` in a field that starts on `line`.
int lineAt(const std::string &raw, qsizetype offset, int line)
{
    for (qsizetype i = 0; i < offset; ++i) {
        if (raw[size_t(i)] == '\n' || (raw[size_t(i)] == '\r' && raw[size_t(i) + 1] != '\n'))
            ++line;
    }
    return line;
}

class ByteDecoder
{
public:
    ByteDecoder(ByteEncoding encoding, const QString &fileName)
        : m_encoding(encoding)
        , m_fileName(fileName)
        , m_gb18030(encoding == ByteEncoding::Gb18030 ? QTextCodec::codecForName("GB18030")
                                                      : nullptr)
    {
    }

    Result<QString> operator()(const std::string &raw, int line, int column) const
    {
        const QByteArrayView bytes(raw.data(), qsizetype(raw.size()));
        if (m_encoding == ByteEncoding::Utf8) {
            const qsizetype bad = invalidUtf8At(bytes);
            if (bad >= 0)
                return invalid(raw, bad, line, column, u"UTF-8"_s);
            return QString::fromUtf8(bytes);
        }
        const qsizetype bad = invalidGb18030At(bytes);
        if (bad >= 0)
            return invalid(raw, bad, line, column, u"GB18030 (GBK)"_s);
        if (std::all_of(raw.cbegin(), raw.cend(), [](char c) { return uchar(c) < 0x80; }))
            return QString::fromLatin1(bytes); // numbers and codes need no codec
        if (!m_gb18030) {
            return Result<QString>::failure(failureAt(
                m_fileName, 0, -1, CsvReader::tr("this Qt has no GB18030 (GBK) decoder")));
        }
        QTextCodec::ConverterState state;
        QString text = m_gb18030->toUnicode(raw.data(), int(raw.size()), &state);
        // Well-formed but unassigned sequences come out as U+FFFD; only the
        // sequence for U+FFFD itself may.
        if (state.invalidChars > 0
            || (text.contains(QChar::ReplacementCharacter)
                && !bytes.contains(QByteArrayView("\x84\x31\xA4\x37")))) {
            return Result<QString>::failure(failureAt(
                m_fileName, line, column,
                CsvReader::tr("the field holds bytes that are not valid GB18030 (GBK) text")));
        }
        return text;
    }

private:
    Result<QString> invalid(const std::string &raw, qsizetype offset, int line, int column,
                            const QString &encoding) const
    {
        const QByteArray shown =
            QByteArray(raw.data() + offset, qMin<qsizetype>(4, qsizetype(raw.size()) - offset));
        return Result<QString>::failure(
            failureAt(m_fileName, lineAt(raw, offset, line), column,
                      CsvReader::tr("the bytes %1 are not valid %2 text")
                          .arg(QString::fromLatin1(shown.toHex(' ').toUpper()), encoding)));
    }

    ByteEncoding m_encoding;
    QString m_fileName;
    QTextCodec *m_gb18030;
};

struct WideDecoder
{
    Result<QString> operator()(const std::u16string &raw, int, int) const
    {
        return QString(reinterpret_cast<const QChar *>(raw.data()), qsizetype(raw.size()));
    }
};

/// RFC 4180 over code units: bytes for 8-bit encodings, UTF-16 otherwise.
/// `maxUnits` bounds a field's raw size so a runaway field stops early.
template<typename Unit, typename Decoder>
Result<Rows> scanUnits(const Unit *units, qsizetype size, Unit delimiter, qsizetype maxUnits,
                       const Decoder &decode, const QString &fileName)
{
    const Unit quote = Unit('"');
    const Unit cr = Unit('\r');
    const Unit lf = Unit('\n');
    auto at = [&](qsizetype i) {
        return i < size ? units[i] : Unit(0);
    };
    auto fail = [&](int line, int column, const QString &message) {
        return Result<Rows>::failure(failureAt(fileName, line, column, message));
    };

    Rows rows;
    std::basic_string<Unit> raw;
    qsizetype pos = 0;
    int line = 1;
    while (pos < size) {
        SheetRow row;
        row.number = line;
        bool hasContent = false;
        for (int column = 0;; ++column) {
            raw.clear();
            const int fieldLine = line;
            if (at(pos) == quote) {
                for (++pos;; ++pos) {
                    if (pos >= size) {
                        return fail(fieldLine, column,
                                    CsvReader::tr("the quoted field that starts here has no "
                                                  "closing quote"));
                    }
                    const Unit c = units[pos];
                    if (c == quote) {
                        if (at(pos + 1) != quote)
                            break;
                        ++pos; // a doubled quote stands for one
                    } else if (c == lf || (c == cr && at(pos + 1) != lf)) {
                        ++line;
                    }
                    raw += c;
                    if (qsizetype(raw.size()) > maxUnits)
                        return fail(fieldLine, column, tooLongMessage());
                }
                ++pos; // the closing quote
                const Unit next = at(pos);
                if (pos < size && next != delimiter && next != cr && next != lf) {
                    return fail(line, column,
                                CsvReader::tr("text follows the closing quote of a quoted field; "
                                              "a quote inside a field must be doubled (\"\")"));
                }
            } else {
                for (; pos < size; ++pos) {
                    const Unit c = units[pos];
                    if (c == delimiter || c == cr || c == lf)
                        break;
                    if (c == quote) {
                        return fail(line, column,
                                    CsvReader::tr("a quote inside a field that is not quoted; "
                                                  "quote the whole field and double the quote "
                                                  "(\"\")"));
                    }
                    raw += c;
                    if (qsizetype(raw.size()) > maxUnits)
                        return fail(fieldLine, column, tooLongMessage());
                }
            }

            Result<QString> text = decode(raw, fieldLine, column);
            if (!text)
                return Result<Rows>::failure(text.error());
            if (text->size() > CsvReader::maxFieldChars)
                return fail(fieldLine, column, tooLongMessage());
            SheetCell cell;
            if (!text->isEmpty()) {
                cell.kind = SheetCell::Kind::Text;
                cell.text = unguardedCell(std::move(text).value());
            }
            hasContent = hasContent || !cell.isEmpty();
            row.cells << cell;

            if (pos < size && units[pos] == delimiter) {
                ++pos;
                continue;
            }
            if (pos < size) { // the record's line end
                if (units[pos] == cr && at(pos + 1) == lf)
                    ++pos;
                ++pos;
                ++line;
            }
            break;
        }
        if (hasContent)
            rows << row;
    }
    return rows;
}

template<typename Unit> char16_t guessFrom(const Unit *units, qsizetype size, bool tabByDefault)
{
    qsizetype pos = 0;
    while (pos < size && (units[pos] == Unit('\r') || units[pos] == Unit('\n')))
        ++pos;
    int commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (; pos < size; ++pos) {
        const Unit c = units[pos];
        if (c == Unit('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == Unit('\r') || c == Unit('\n'))
            break;
        else if (c == Unit(','))
            ++commas;
        else if (c == Unit('\t'))
            ++tabs;
        else if (c == Unit(';'))
            ++semicolons;
    }
    if (tabByDefault)
        return commas > 0 && tabs == 0 ? u',' : u'\t';
    if (commas == 0 && tabs > 0)
        return u'\t';
    if (commas == 0 && semicolons > 0)
        return u';';
    return u',';
}

} // namespace

qsizetype invalidUtf8At(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const auto b = uchar(bytes[i]);
        int trail = 0;
        uchar low = 0x80, high = 0xBF; // the allowed range of the first trail byte
        if (b < 0x80) {
            ++i;
            continue;
        } else if (between(b, 0xC2, 0xDF)) {
            trail = 1;
        } else if (between(b, 0xE0, 0xEF)) {
            trail = 2;
            low = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            high = b == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (between(b, 0xF0, 0xF4)) {
            trail = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        } else {
            return i;
        }
        if (i + trail >= size || !between(uchar(bytes[i + 1]), low, high))
            return i;
        for (int k = 2; k <= trail; ++k) {
            if (!between(uchar(bytes[i + k]), 0x80, 0xBF))
                return i;
        }
        i += trail + 1;
    }
    return -1;
}

qsizetype invalidGb18030At(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const auto b = uchar(bytes[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (!between(b, 0x81, 0xFE) || i + 1 >= size)
            return i;
        const auto b2 = uchar(bytes[i + 1]);
        if (between(b2, 0x40, 0x7E) || between(b2, 0x80, 0xFE)) {
            i += 2;
        } else if (between(b2, 0x30, 0x39) && i + 3 < size
                   && between(uchar(bytes[i + 2]), 0x81, 0xFE)
                   && between(uchar(bytes[i + 3]), 0x30, 0x39)) {
            i += 4;
        } else {
            return i;
        }
    }
    return -1;
}

char16_t guessDelimiter(QByteArrayView bytes, bool tabByDefault)
{
    return guessFrom(bytes.data(), bytes.size(), tabByDefault);
}

char16_t guessDelimiter(QStringView text, bool tabByDefault)
{
    return guessFrom(text.utf16(), text.size(), tabByDefault);
}

Result<Rows> scan(QByteArrayView bytes, ByteEncoding encoding, char16_t delimiter,
                  const QString &fileName)
{
    // A character takes at most 4 bytes (GB18030) per UTF-16 unit, so a
    // field this long in bytes is surely too long in characters.
    const qsizetype maxBytes = 4 * qsizetype(CsvReader::maxFieldChars);
    return scanUnits(bytes.data(), bytes.size(), char(delimiter), maxBytes,
                     ByteDecoder(encoding, fileName), fileName);
}

Result<Rows> scan(QStringView text, char16_t delimiter, const QString &fileName)
{
    return scanUnits(text.utf16(), text.size(), delimiter, qsizetype(CsvReader::maxFieldChars),
                     WideDecoder(), fileName);
}

} // namespace PlanDesk::CsvScan
