#include "exchange/xlsxsheetreader.h"

#include <algorithm>
#include <cmath>

#include <QLocale>

#include "exchange/xlsxarchive.h"
#include "exchange/xlsxdates.h"
#include "exchange/xlsxxml.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

using Token = QXmlStreamReader::TokenType;

// "B7" -> column 1, row 7 (row 0 when the reference has no digits). Numbers
// are clamped just past Excel's limits so huge ones cannot overflow.
bool parseReference(QStringView ref, int &column, int &row)
{
    qsizetype i = 0;
    qint64 col = 0;
    for (; i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128; ++i)
        col = qMin<qint64>(col * 26 + (ref[i].toUpper().unicode() - u'A' + 1), 1'000'000);
    if (i == 0)
        return false;
    qint64 r = 0;
    const qsizetype digitsFrom = i;
    for (; i < ref.size() && ref[i].isDigit() && ref[i].unicode() < 128; ++i)
        r = qMin<qint64>(r * 10 + (ref[i].unicode() - u'0'), 100'000'000);
    if (i != ref.size())
        return false;
    column = int(col - 1);
    row = i > digitsFrom ? int(r) : 0;
    return true;
}

class WorksheetParser
{
public:
    WorksheetParser(XlsxXmlPart &part, XlsxBookContext &book, Sheet &sheet)
        : m_part(part)
        , m_book(book)
        , m_sheet(sheet)
    {
    }

    bool parse()
    {
        for (Token t = m_part.next(); t != Token::EndDocument; t = m_part.next()) {
            if (t == Token::Invalid)
                return false;
            if (t == Token::StartElement && m_part.xml().name() == u"row" && !readRow())
                return false;
        }
        std::stable_sort(m_sheet.rows.begin(), m_sheet.rows.end(),
                         [](const SheetRow &a, const SheetRow &b) { return a.number < b.number; });
        // Two rows of one number would give two sets of cells one place.
        for (qsizetype i = 1; i < m_sheet.rows.size(); ++i) {
            const int number = m_sheet.rows.at(i).number;
            if (number == m_sheet.rows.at(i - 1).number)
                return refuse(XlsxSheetReader::tr("this row appears twice in the sheet"), number);
        }
        return true;
    }

private:
    bool refuse(const QString &message, int row = 0, int column = -1)
    {
        m_part.fail(message, row, column);
        return false;
    }

    bool readRow()
    {
        const QStringView r = m_part.xml().attributes().value(u"r"_s);
        qint64 number = m_lastRow + 1;
        if (!r.isEmpty()) {
            bool ok = false;
            number = r.trimmed().toLongLong(&ok);
            if (!ok || number < 1)
                return refuse(
                    XlsxSheetReader::tr("row number \"%1\" is not valid").arg(r.left(20)));
        }
        if (number > XlsxSheetReader::maxRows) {
            return refuse(XlsxSheetReader::tr("row %1 lies beyond Excel's last row, %2")
                              .arg(XlsxSheetReader::count(number),
                                   XlsxSheetReader::count(XlsxSheetReader::maxRows)));
        }
        m_lastRow = int(number);
        SheetRow row;
        row.number = m_lastRow;
        int lastColumn = -1;
        for (int depth = 1; depth > 0;) {
            const Token t = m_part.next();
            if (t == Token::Invalid)
                return false;
            if (t == Token::EndElement) {
                --depth;
            } else if (t == Token::StartElement) {
                if (m_part.xml().name() == u"c") {
                    if (!readCell(row, lastColumn))
                        return false;
                } else {
                    ++depth;
                }
            }
        }
        if (std::any_of(row.cells.cbegin(), row.cells.cend(),
                        [](const SheetCell &c) { return !c.isEmpty(); }))
            m_sheet.rows << row;
        return true;
    }

    bool readCell(SheetRow &row, int &lastColumn)
    {
        const QXmlStreamAttributes attributes = m_part.xml().attributes();
        const QString ref = attributes.value(u"r"_s).toString();
        const QString type = attributes.value(u"t"_s).toString();
        const int style = attributes.value(u"s"_s).toInt();
        int column = lastColumn + 1;
        int refRow = 0;
        if (!ref.isEmpty() && !parseReference(ref, column, refRow)) {
            return refuse(
                XlsxSheetReader::tr("cell reference \"%1\" is not valid").arg(ref.left(20)),
                row.number);
        }
        if (column >= XlsxSheetReader::maxColumns) {
            return refuse(XlsxSheetReader::tr("cell %1 lies beyond Excel's last column, XFD")
                              .arg(ref.isEmpty() ? columnLetters(column) : ref.left(20)),
                          row.number);
        }
        lastColumn = column;

        QString value, inlineText;
        qint64 valueLength = 0, inlineLength = 0;
        bool hasValue = false, hasInline = false, hasFormula = false;
        for (Token t = m_part.next(); t != Token::EndElement; t = m_part.next()) {
            if (t == Token::Invalid)
                return false;
            if (t != Token::StartElement)
                continue;
            const QStringView name = m_part.xml().name();
            bool ok = true;
            if (name == u"v") {
                hasValue = true;
                ok = m_part.readText(value, valueLength);
            } else if (name == u"is") {
                hasInline = true;
                ok = m_part.readRichText(inlineText, inlineLength, XlsxSheetReader::maxCellChars);
            } else {
                hasFormula = hasFormula || name == u"f";
                ok = m_part.skipElement(); // <f>: the cached <v> is what counts
            }
            if (!ok)
                return false;
        }
        const qint64 length = qMax(valueLength, inlineLength);
        if (length > XlsxSheetReader::maxCellChars)
            return tooLong(length, row.number, column);

        SheetCell cell;
        if (type == u"inlineStr") {
            cell = text(hasInline ? inlineText : value);
        } else if (hasFormula && value.isEmpty() && type != u"str") {
            // Written by a program that does not calculate (a script): the
            // value is unknown, which must not pass for a blank.
            cell.kind = SheetCell::Kind::Error;
            cell.text = XlsxSheetReader::tr("(a formula without a calculated value)");
        } else if (!hasValue) {
            return true; // a styled blank
        } else if (!makeCell(type, style, value, row.number, column, cell)) {
            return false;
        }
        if (cell.kind == SheetCell::Kind::Empty)
            return true;
        return place(row, column, cell);
    }

    static SheetCell text(const QString &s)
    {
        SheetCell cell;
        if (!s.isEmpty()) {
            cell.kind = SheetCell::Kind::Text;
            cell.text = s;
        }
        return cell;
    }

    bool tooLong(qint64 length, int row, int column)
    {
        return refuse(XlsxSheetReader::tr("the cell holds %1 characters; a cell holds at most %2")
                          .arg(XlsxSheetReader::count(length),
                               XlsxSheetReader::count(XlsxSheetReader::maxCellChars)),
                      row, column);
    }

    bool makeCell(const QString &type, int style, const QString &value, int row, int column,
                  SheetCell &cell)
    {
        using Kind = SheetCell::Kind;
        const QString v = value.trimmed();
        if (type == u"s") {
            bool ok = false;
            const int index = v.toInt(&ok);
            if (!ok || index < 0 || index >= m_book.strings.size()) {
                return refuse(XlsxSheetReader::tr("the cell refers to shared string %1, but the "
                                                  "workbook has %2")
                                  .arg(v.left(20))
                                  .arg(m_book.strings.size()),
                              row, column);
            }
            if (m_book.overlongStrings.contains(index))
                return tooLong(m_book.overlongStrings.value(index), row, column);
            cell = text(m_book.strings.at(index));
        } else if (type == u"str") {
            cell = text(value);
        } else if (type == u"b") {
            if (v != u"0" && v != u"1" && v != u"true" && v != u"false") {
                return refuse(
                    XlsxSheetReader::tr("\"%1\" is not a true/false value").arg(v.left(20)), row,
                    column);
            }
            cell.kind = Kind::Boolean;
            cell.text = v == u"1" || v == u"true" ? u"true"_s : u"false"_s;
        } else if (type == u"e") {
            cell.kind = Kind::Error;
            cell.text = v;
        } else if (type == u"d") {
            cell.kind = Kind::Date;
            cell.text = v;
            cell.date = QDate::fromString(v.left(10), Qt::ISODate);
            if (!cell.date.isValid()) {
                return refuse(XlsxSheetReader::tr("\"%1\" is not a date").arg(v.left(40)), row,
                              column);
            }
        } else if (type.isEmpty() || type == u"n") {
            if (v.isEmpty())
                return true;
            bool ok = false;
            const double number = QLocale::c().toDouble(v, &ok);
            if (!ok || !std::isfinite(number)) {
                return refuse(XlsxSheetReader::tr("\"%1\" is not a number").arg(v.left(40)), row,
                              column);
            }
            cell.kind = Kind::Number;
            cell.text = v;
            if (style >= 0 && style < m_book.dateStyles.size() && m_book.dateStyles.at(style)) {
                if (const auto date = XlsxDates::fromSerial(v, m_book.date1904)) {
                    cell.kind = Kind::Date;
                    cell.date = *date;
                }
            } else if (style >= 0 && style < m_book.percentStyles.size()
                       && m_book.percentStyles.at(style)) {
                // As Excel shows it: 0.362 in a percent format is "36.2%".
                cell.kind = Kind::Text;
                cell.text = QLocale::c().toString(number * 100, 'g', 15) + u'%';
            }
        } else {
            return refuse(XlsxSheetReader::tr("unknown cell type \"%1\"").arg(type.left(20)), row,
                          column);
        }
        return true;
    }

    bool place(SheetRow &row, int column, const SheetCell &cell)
    {
        if (column >= row.cells.size()) {
            const qint64 added = column + 1 - row.cells.size();
            if (added > m_book.cellsLeft) {
                return refuse(XlsxSheetReader::tr("the workbook holds more cells than this program "
                                                  "reads (counting blanks between filled cells)"),
                              row.number, column);
            }
            m_book.cellsLeft -= added;
            row.cells.resize(column + 1);
        }
        row.cells[column] = cell;
        return true;
    }

    XlsxXmlPart &m_part;
    XlsxBookContext &m_book;
    Sheet &m_sheet;
    int m_lastRow = 0;
};

} // namespace

QString XlsxSheetReader::count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

Status XlsxSheetReader::readWorksheet(XlsxArchive &archive, const QString &member,
                                      XlsxBookContext &book, Sheet &sheet)
{
    XlsxXmlPart part(archive, member, sheet.name);
    if (Status s = part.open(); !s)
        return s;
    WorksheetParser parser(part, book, sheet);
    if (!parser.parse())
        return Status::failure(part.error());
    return {};
}

Status XlsxSheetReader::readSharedStrings(XlsxArchive &archive, const QString &member,
                                          XlsxBookContext &book)
{
    XlsxXmlPart part(archive, member);
    return part.readElements([&] {
        if (part.xml().name() != u"si")
            return true;
        if (book.strings.size() >= maxStrings) {
            part.fail(tr("%1 holds more than %2 strings").arg(member, count(maxStrings)));
            return false;
        }
        QString text;
        qint64 length = 0;
        if (!part.readRichText(text, length, maxCellChars))
            return false;
        if (length > maxCellChars) {
            // Refused only if a cell uses it, so the message can name the cell.
            book.overlongStrings.insert(int(book.strings.size()), length);
            text.clear();
        }
        book.strings << text;
        return true;
    });
}

Status XlsxSheetReader::readStyles(XlsxArchive &archive, const QString &member,
                                   XlsxBookContext &book)
{
    XlsxXmlPart part(archive, member);
    if (Status s = part.open(); !s)
        return s;
    QHash<int, QString> codes;
    bool inCellXfs = false;
    for (Token t = part.next(); t != Token::EndDocument; t = part.next()) {
        if (t == Token::Invalid)
            return Status::failure(part.error());
        const QStringView name = part.xml().name();
        if (t == Token::EndElement && name == u"cellXfs")
            inCellXfs = false;
        if (t != Token::StartElement)
            continue;
        const QXmlStreamAttributes attributes = part.xml().attributes();
        const int id = attributes.value(u"numFmtId"_s).toInt();
        if (name == u"numFmt")
            codes.insert(id, attributes.value(u"formatCode"_s).toString());
        else if (name == u"cellXfs")
            inCellXfs = true;
        else if (name == u"xf" && inCellXfs) {
            book.dateStyles << XlsxDates::isDateFormat(id, codes.value(id));
            book.percentStyles << XlsxDates::isPercentFormat(id, codes.value(id));
        }
    }
    return {};
}

} // namespace PlanDesk
