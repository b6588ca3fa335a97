#include "exchange/xlsxtablewriter.h"

#include <algorithm>
#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#if !defined(Q_OS_WIN)
#include <locale.h>
#endif

#include "domain/decimal.h"
#include "exchange/exchangeproblem.h"
#include "exchange/xlsxpath.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

constexpr qsizetype CellLimit = 32767; // characters an Excel cell holds
constexpr double MinWidth = 6;
constexpr double MaxWidth = 50; // wider text wraps at this width
constexpr int FilterButton = 3; // room for the autofilter's arrow in row 1

/// libxlsxwriter prints widths and numbers with snprintf(), which follows
/// LC_NUMERIC: Qt sets the user's locale on Unix, where it may have a
/// decimal comma, so this thread prints in the C locale while writing.
/// Windows starts every program in the C locale and Qt leaves it there.
class CNumbers
{
public:
#if defined(Q_OS_WIN)
    CNumbers() = default;
#else
    CNumbers()
        : m_c(newlocale(LC_NUMERIC_MASK, "C", duplocale(LC_GLOBAL_LOCALE)))
    {
        if (m_c)
            m_previous = uselocale(m_c);
    }
    ~CNumbers()
    {
        if (m_c) {
            uselocale(m_previous);
            freelocale(m_c);
        }
    }

private:
    locale_t m_c = nullptr;
    locale_t m_previous = nullptr;
#endif
    Q_DISABLE_COPY_MOVE(CNumbers)
};

/// East Asian wide and fullwidth characters, which take two columns.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

/// Excel's character columns the widest line of `text` needs.
int displayWidth(const QString &text)
{
    int widest = 0;
    int line = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\n') {
            widest = std::max(widest, line);
            line = 0;
        } else {
            line += isWide(c) ? 2 : 1;
        }
    }
    return std::max(widest, line);
}

QString sheetText(const ExportValue &value)
{
    switch (value.kind()) {
    case ExportValue::Kind::Boolean:
        return value.text() == u"true" ? u"TRUE"_s : u"FALSE"_s;
    case ExportValue::Kind::List:
        return value.items().join(u"、"_s);
    case ExportValue::Kind::Text:
    case ExportValue::Kind::Number:
    case ExportValue::Kind::Date:
        return value.text();
    case ExportValue::Kind::Null:
        break;
    }
    return {};
}

bool isText(const ExportValue &value)
{
    return value.kind() == ExportValue::Kind::Text || value.kind() == ExportValue::Kind::List;
}

/// libxlsxwriter stores a double as "%.16G" text: 9.2 as 9.199999999999999,
/// which every reader turns back into the very double 9.2 is. That holds
/// for up to 16 significant digits; beyond (or beyond a double's range) the
/// number goes in as text, so no digit is lost on the way to Excel.
bool survivesAsDouble(const QString &text, double value)
{
    const double stored = QByteArray::number(value, 'g', 16).toDouble();
    const std::optional<Decimal> exact = Decimal::parse(text);
    const std::optional<Decimal> read = Decimal::fromDouble(stored);
    return exact && read && *exact == *read;
}

QString reason(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

/// Writes one table as one sheet; the class names the translation context.
class XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    XlsxTableWriter(const ExportTable &table, const QString &sheetName, const QString &target)
        : m_table(table)
        , m_sheetName(sheetName)
        , m_target(target)
    {
    }

    Result<QByteArray> write();

private:
    struct Formats
    {
        lxw_format *header = nullptr;
        lxw_format *date = nullptr;
        lxw_format *wrap = nullptr;
    };

    Status fill(lxw_workbook *workbook);
    void layOut(lxw_worksheet *sheet);
    Status writeCell(lxw_worksheet *sheet, int row, int column, const Formats &formats);
    Status writeText(lxw_worksheet *sheet, int row, int column, const QString &text,
                     const Formats &formats);
    Status cellFailure(int row, int column, const QString &why) const;

    const ExportTable &m_table;
    QString m_sheetName;
    QString m_target;
    QList<bool> m_wraps;
};

Result<QByteArray> XlsxTableWriter::write()
{
    if (m_table.rows.size() >= LXW_ROW_MAX || m_table.columns.size() > LXW_COL_MAX)
        return Result<QByteArray>::failure(
            tr("Cannot write %1: %2 rows and %3 columns do not fit in one Excel sheet.")
                .arg(m_target)
                .arg(m_table.rows.size())
                .arg(m_table.columns.size()));
    // libxlsxwriter only writes to a path: a private folder, read back after.
    const QTemporaryDir dir;
    if (!dir.isValid())
        return Result<QByteArray>::failure(
            tr("Cannot write %1: no temporary folder: %2").arg(m_target, dir.errorString()));
    const QString path = dir.filePath(u"export.xlsx"_s);
    QByteArray tmpdir = libxlsxwriterPath(dir.path());
    lxw_workbook_options options {};
    options.tmpdir = tmpdir.data();
    const CNumbers cNumbers;
    lxw_workbook *workbook = workbook_new_opt(libxlsxwriterPath(path).constData(), &options);
    if (!workbook)
        return Result<QByteArray>::failure(
            tr("Cannot write %1: libxlsxwriter could not start a workbook.").arg(m_target));
    const Status filled = fill(workbook);
    const lxw_error closed = workbook_close(workbook); // also frees it
    if (!filled)
        return Result<QByteArray>::failure(filled.error());
    if (closed != LXW_NO_ERROR)
        return Result<QByteArray>::failure(tr("Cannot write %1: %2").arg(m_target, reason(closed)));
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            tr("Cannot write %1: %2").arg(m_target, written.errorString()));
    return written.readAll();
}

Status XlsxTableWriter::fill(lxw_workbook *workbook)
{
    const QByteArray name = m_sheetName.toUtf8();
    const char *sheetName = m_sheetName.isEmpty() ? nullptr : name.constData();
    if (sheetName) {
        const lxw_error invalid = workbook_validate_sheet_name(workbook, sheetName);
        if (invalid != LXW_NO_ERROR)
            return Status::failure(tr("Cannot write %1: “%2” cannot name an Excel sheet: %3")
                                       .arg(m_target, m_sheetName, reason(invalid)));
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName);
    Formats formats {workbook_add_format(workbook), workbook_add_format(workbook),
                     workbook_add_format(workbook)};
    if (!sheet || !formats.header || !formats.date || !formats.wrap)
        return Status::failure(
            tr("Cannot write %1: libxlsxwriter ran out of memory.").arg(m_target));
    format_set_bold(formats.header);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    format_set_text_wrap(formats.wrap);
    format_set_align(formats.wrap, LXW_ALIGN_VERTICAL_TOP);

    layOut(sheet);
    for (int c = 0; c < m_table.columns.size(); ++c) {
        const lxw_error e = worksheet_write_string(
            sheet, 0, lxw_col_t(c), m_table.columns.at(c).toUtf8().constData(), formats.header);
        if (e != LXW_NO_ERROR)
            return cellFailure(-1, c, reason(e));
    }
    for (int r = 0; r < m_table.rows.size(); ++r) {
        for (int c = 0; c < m_table.columns.size(); ++c) {
            if (const Status written = writeCell(sheet, r, c, formats); !written)
                return written;
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (!m_table.columns.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(m_table.rows.size()),
                             lxw_col_t(m_table.columns.size() - 1));
    return {};
}

void XlsxTableWriter::layOut(lxw_worksheet *sheet)
{
    for (int c = 0; c < m_table.columns.size(); ++c) {
        const QString &key = m_table.columns.at(c);
        int widest = displayWidth(key) + FilterButton;
        bool wraps = false;
        for (const ExportRow &row : m_table.rows) {
            const ExportValue value = row.value(key);
            const QString text = sheetText(value);
            const int width = displayWidth(text);
            if (isText(value) && (width > MaxWidth || text.contains(u'\n')))
                wraps = true;
            widest = std::max(widest, width);
        }
        m_wraps << wraps;
        const double width = wraps ? MaxWidth : std::clamp(widest + 1.0, MinWidth, MaxWidth);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
}

Status XlsxTableWriter::writeCell(lxw_worksheet *sheet, int row, int column, const Formats &formats)
{
    const ExportValue value = m_table.rows.at(row).value(m_table.columns.at(column));
    const auto r = lxw_row_t(row + 1); // below the header
    const auto c = lxw_col_t(column);
    lxw_error e = LXW_NO_ERROR;
    switch (value.kind()) {
    case ExportValue::Kind::Null:
        return {};
    case ExportValue::Kind::Boolean:
        e = worksheet_write_boolean(sheet, r, c, value.text() == u"true", nullptr);
        break;
    case ExportValue::Kind::Number: {
        bool ok = false;
        const double number = value.text().toDouble(&ok);
        if (!ok || !survivesAsDouble(value.text(), number))
            return writeText(sheet, row, column, value.text(), formats);
        e = worksheet_write_number(sheet, r, c, number, nullptr);
        break;
    }
    case ExportValue::Kind::Date: {
        const QDate date = QDate::fromString(value.text(), Qt::ISODate);
        // Excel's dates start in 1900; earlier ones stay ISO text.
        if (!date.isValid() || date.year() < 1900)
            return writeText(sheet, row, column, value.text(), formats);
        lxw_datetime when {date.year(), date.month(), date.day(), 0, 0, 0};
        e = worksheet_write_datetime(sheet, r, c, &when, formats.date);
        break;
    }
    case ExportValue::Kind::Text:
    case ExportValue::Kind::List:
        return writeText(sheet, row, column, sheetText(value), formats);
    }
    return e == LXW_NO_ERROR ? Status() : cellFailure(row, column, reason(e));
}

Status XlsxTableWriter::writeText(lxw_worksheet *sheet, int row, int column, const QString &text,
                                  const Formats &formats)
{
    if (text.size() > CellLimit)
        return cellFailure(row, column,
                           tr("%1 characters of text; an Excel cell holds at most %2.")
                               .arg(text.size())
                               .arg(CellLimit));
    // write_string(), never write(): "=1+1" must stay text, not a formula.
    const lxw_error e = worksheet_write_string(sheet, lxw_row_t(row + 1), lxw_col_t(column),
                                               text.toUtf8().constData(),
                                               m_wraps.at(column) ? formats.wrap : nullptr);
    return e == LXW_NO_ERROR ? Status() : cellFailure(row, column, reason(e));
}

/// `row` counts data rows from 0; -1 is the header.
Status XlsxTableWriter::cellFailure(int row, int column, const QString &why) const
{
    ExchangeProblem problem;
    problem.file = m_target;
    problem.sheet = m_sheetName;
    problem.row = row + 2; // Excel's row number, the header being row 1
    problem.column = column;
    problem.field = m_table.columns.at(column);
    problem.message = why;
    return Status::failure(tr("Cannot write %1").arg(problem.toString()));
}

} // namespace

Result<QByteArray> toXlsx(const ExportTable &table, const QString &sheetName)
{
    return XlsxTableWriter(table, sheetName, XlsxTableWriter::tr("the .xlsx workbook")).write();
}

Status writeXlsx(const ExportTable &table, const QString &path, const QString &sheetName)
{
    const QString target = u"“%1”"_s.arg(QDir::toNativeSeparators(path));
    const Result<QByteArray> bytes = XlsxTableWriter(table, sheetName, target).write();
    if (!bytes)
        return Status::failure(bytes.error());
    // Whole or not at all: QSaveFile renames a finished file into place.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Status::failure(
            XlsxTableWriter::tr("Cannot write %1: %2").arg(target, file.errorString()));
    return {};
}

} // namespace PlanDesk
