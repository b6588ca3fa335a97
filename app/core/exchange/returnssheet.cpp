#include "exchange/returnssheet.h"

#include <algorithm>
#include <cmath>
#include <xlsxwriter.h>

#include <QByteArrayList>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include "exchange/columns.h"
#include "exchange/xlsxpath.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

constexpr uint8_t paperA4 = 9;
constexpr lxw_color_t fillYellow = 0xFFF2CC;
constexpr lxw_color_t lockedGrey = 0xF2F2F2;
constexpr lxw_color_t headerGrey = 0xD9D9D9;

/// Columns the department fills in; every other cell stays locked.
const QSet<QString> &fillableKeys()
{
    static const QSet<QString> keys {u"percent"_s, u"status"_s, u"text"_s, u"evidence"_s,
                                     u"reported_on"_s};
    return keys;
}

double columnWidth(const QString &key)
{
    static const QHash<QString, double> widths {
        {u"task"_s, 9},        {u"task_title"_s, 22}, {u"clause"_s, 48},     {u"role"_s, 8},
        {u"department"_s, 18}, {u"period"_s, 10},     {u"percent"_s, 11},    {u"status"_s, 10},
        {u"text"_s, 40},       {u"evidence"_s, 24},   {u"reported_on"_s, 12}};
    return widths.value(key, 12);
}

/// Excel does not grow rows for wrapped text written by a library, so the
/// height is estimated from the longest wrapped cell: a CJK character is
/// about two width units.
double rowHeight(const ReturnsRow &row)
{
    const auto lines = [](const QString &text, double width) {
        return std::ceil(static_cast<double>(text.size()) * 2.0 / (width - 1.0));
    };
    const double most = std::max({1.0, lines(row.clause, columnWidth(u"clause"_s)),
                                  lines(row.taskTitle, columnWidth(u"task_title"_s))});
    return std::min(409.0, std::max(30.0, most * 14.5 + 4.0));
}

QString cellValue(const ReturnsRow &row, const QString &key)
{
    if (key == u"task")
        return row.taskCode;
    if (key == u"task_title")
        return row.taskTitle;
    if (key == u"clause")
        return row.clause;
    if (key == u"role")
        return row.role;
    if (key == u"department")
        return row.department;
    if (key == u"period")
        return row.period;
    return {};
}

QStringList instructions(const ReturnsWorkbook &book)
{
    const QString due = book.round.dueOn.toString(Qt::ISODate);
    return {
        u"本文件是“%1”的进展填报模板，报送期为 %2，报送截止日期为 %3。"_s.arg(
            ReturnsSheet::title(book.round, book.department), book.round.period, due),
        u"请只在“进展填报”表的黄色单元格中填写。灰色单元格（任务编号、任务名称、条款原文、责任类型、填报单位、报送期）由办公室生成，请勿改动；不要插入或删除行、列，不要调整列的顺序，也不要改动表名。"_s,
        u"任务编号：方案中的编号。“3”为重点任务3，“保障2”为保障措施2，“3.1”为任务3下分解的第1项工作。责任类型：“牵头”为本单位牵头，“配合”为本单位配合。"_s,
        u"完成进度（%）：截至本报送期末该任务完成的百分比，填 0 至 100 之间的整数，不带%号，如 60。"_s,
        u"状态：从下拉列表中选择“未开始”“推进中”“已完成”“暂停”四者之一。完成进度和状态每行必填。"_s,
        u"进展情况：简要写明本期主要工作、取得的成效、存在的问题和下一步打算。"_s,
        u"佐证材料：列出能够佐证进展的文件、会议纪要、网址或材料名称。"_s,
        u"填报日期：填写本单位填报的日期，格式为 YYYY-MM-DD，如 2018-07-05。"_s,
        u"请于 %1 前将填好的文件报回领导小组办公室。文件请保存为 .xlsx 格式（Excel 或 WPS 均可直接保存为 .xlsx），文件名可保持不变。"_s
            .arg(due),
    };
}

/// One workbook being written: its formats, and the first error any call
/// returned (libxlsxwriter reports per call; the file is judged at close).
class Writer
{
public:
    explicit Writer(const QString &path)
    {
        // libxlsxwriter's own temporary files go beside the workbook, not to
        // the C library's tmpfile() (which may be unwritable on Windows).
        const QByteArray tmpdir = libxlsxwriterPath(QFileInfo(path).absolutePath());
        lxw_workbook_options options {};
        options.tmpdir = const_cast<char *>(tmpdir.constData());
        m_book = workbook_new_opt(libxlsxwriterPath(path).constData(), &options);
        if (!m_book)
            return;
        m_title = format([](lxw_format *f) {
            format_set_bold(f);
            format_set_font_size(f, 16);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        });
        m_note = format([](lxw_format *f) {
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            format_set_font_color(f, 0xC00000);
        });
        m_header = format([](lxw_format *f) {
            format_set_bold(f);
            format_set_bg_color(f, headerGrey);
            format_set_border(f, LXW_BORDER_THIN);
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        });
        m_locked = cell(lockedGrey, false, true);
        m_fill = cell(fillYellow, true, false);
        m_fillWrap = cell(fillYellow, true, true);
        m_percent = cell(fillYellow, true, false);
        format_set_num_format(m_percent, "0");
        m_date = cell(fillYellow, true, false);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_plainWrap = format([](lxw_format *f) {
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        });
    }

    ~Writer()
    {
        if (m_book)
            lxw_workbook_free(m_book);
    }
    Q_DISABLE_COPY_MOVE(Writer)

    bool opened() const { return m_book != nullptr; }

    void writeEntrySheet(const ReturnsWorkbook &book);
    void writeInstructions(const ReturnsWorkbook &book);
    void writeMetadata(const ReturnsWorkbook &book);

    /// Closes the file; the first error of any call, else of the close.
    lxw_error close()
    {
        const lxw_error closed = workbook_close(m_book);
        m_book = nullptr;
        return m_error != LXW_NO_ERROR ? m_error : closed;
    }

private:
    template<typename Setup> lxw_format *format(Setup setup)
    {
        lxw_format *f = workbook_add_format(m_book);
        setup(f);
        return f;
    }
    lxw_format *cell(lxw_color_t colour, bool unlocked, bool wrap)
    {
        return format([&](lxw_format *f) {
            format_set_bg_color(f, colour);
            format_set_border(f, LXW_BORDER_THIN);
            format_set_border_color(f, 0xBFBFBF);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            if (wrap)
                format_set_text_wrap(f);
            if (unlocked)
                format_set_unlocked(f);
        });
    }
    void check(lxw_error error)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = error;
    }
    void text(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const QString &value,
              lxw_format *f)
    {
        check(value.isEmpty()
                  ? worksheet_write_blank(sheet, row, column, f)
                  : worksheet_write_string(sheet, row, column, value.toUtf8().constData(), f));
    }
    void validate(lxw_worksheet *sheet, lxw_col_t column, lxw_row_t rows,
                  lxw_data_validation *validation)
    {
        const auto first = static_cast<lxw_row_t>(ReturnsSheet::headerRow + 1);
        check(worksheet_data_validation_range(sheet, first, column, first + rows - 1, column,
                                              validation));
    }
    void validateEntries(lxw_worksheet *sheet, const QList<ColumnSpec> &columns, lxw_row_t rows);
    lxw_format *fillFormat(const QString &key) const
    {
        if (key == u"percent")
            return m_percent;
        if (key == u"reported_on")
            return m_date;
        return key == u"text" ? m_fillWrap : m_fill;
    }

    lxw_workbook *m_book = nullptr;
    lxw_error m_error = LXW_NO_ERROR;
    lxw_format *m_title = nullptr;
    lxw_format *m_note = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_locked = nullptr;
    lxw_format *m_fill = nullptr;
    lxw_format *m_fillWrap = nullptr;
    lxw_format *m_percent = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_plainWrap = nullptr;
};

void Writer::writeEntrySheet(const ReturnsWorkbook &book)
{
    lxw_worksheet *sheet = workbook_add_worksheet(m_book, ReturnsSheet::sheetName);
    const QList<ColumnSpec> columns = ExchangeColumns::progress();
    const auto last = static_cast<lxw_col_t>(columns.size() - 1);

    check(worksheet_set_row(sheet, 0, 30, nullptr));
    check(worksheet_merge_range(
        sheet, 0, 0, 0, last, ReturnsSheet::title(book.round, book.department).toUtf8().constData(),
        m_title));
    const QString note =
        u"报送截止日期：%1。请在黄色单元格中填写完成进度、状态、进展情况和佐证材料；灰色单元格请勿改动。"_s
            .arg(book.round.dueOn.toString(Qt::ISODate));
    check(worksheet_set_row(sheet, 1, 24, nullptr));
    check(worksheet_merge_range(sheet, 1, 0, 1, last, note.toUtf8().constData(), m_note));

    const auto header = static_cast<lxw_row_t>(ReturnsSheet::headerRow);
    check(worksheet_set_row(sheet, header, 32, nullptr));
    for (lxw_col_t c = 0; c <= last; ++c) {
        const ColumnSpec &column = columns.at(c);
        check(worksheet_set_column(sheet, c, c, columnWidth(column.key), nullptr));
        text(sheet, header, c, column.label, m_header);
    }

    lxw_row_t row = header + 1;
    for (const ReturnsRow &entry : book.rows) {
        check(worksheet_set_row(sheet, row, rowHeight(entry), nullptr));
        for (lxw_col_t c = 0; c <= last; ++c) {
            const QString &key = columns.at(c).key;
            // Codes and periods go in as text, so "3.1" stays 3.1, not a number.
            if (fillableKeys().contains(key))
                check(worksheet_write_blank(sheet, row, c, fillFormat(key)));
            else
                text(sheet, row, c, cellValue(entry, key), m_locked);
        }
        ++row;
    }
    if (!book.rows.isEmpty())
        validateEntries(sheet, columns, static_cast<lxw_row_t>(book.rows.size()));

    worksheet_freeze_panes(sheet, header + 1, 0);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, paperA4);
    worksheet_fit_to_pages(sheet, 1, 0);
    check(worksheet_repeat_rows(sheet, 0, header));
    check(worksheet_set_footer(sheet, "&C第 &P 页，共 &N 页"));
    // No password: the lock guards against slips, not against the department.
    lxw_protection protection {};
    protection.format_columns = 1; // allowed, despite the header's wording
    protection.format_rows = 1;
    worksheet_protect(sheet, nullptr, &protection);
    worksheet_activate(sheet);
}

void Writer::validateEntries(lxw_worksheet *sheet, const QList<ColumnSpec> &columns, lxw_row_t rows)
{
    for (lxw_col_t c = 0; c < static_cast<lxw_col_t>(columns.size()); ++c) {
        const QString &key = columns.at(c).key;
        lxw_data_validation v {};
        v.ignore_blank = LXW_VALIDATION_ON;
        v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
        if (key == u"percent") {
            v.validate = LXW_VALIDATION_TYPE_INTEGER;
            v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
            v.minimum_number = 0;
            v.maximum_number = 100;
            v.input_title = const_cast<char *>("完成进度（%）");
            v.input_message = const_cast<char *>("请填写 0 至 100 之间的整数，不带%号，如 60。");
            v.error_title = const_cast<char *>("完成进度有误");
            v.error_message = const_cast<char *>("完成进度须为 0 至 100 之间的整数。");
            validate(sheet, c, rows, &v);
        } else if (key == u"status") {
            QByteArrayList words;
            for (const QString &word : ExchangeColumns::statusWords())
                words << word.toUtf8();
            QList<char *> list;
            for (QByteArray &word : words)
                list << word.data();
            list << nullptr;
            v.validate = LXW_VALIDATION_TYPE_LIST;
            v.value_list = list.data();
            v.input_title = const_cast<char *>("状态");
            v.input_message =
                const_cast<char *>("请从下拉列表中选择：未开始、推进中、已完成、暂停。");
            v.error_title = const_cast<char *>("状态有误");
            v.error_message = const_cast<char *>("状态须为未开始、推进中、已完成、暂停之一。");
            validate(sheet, c, rows, &v);
        } else if (key == u"reported_on") {
            v.validate = LXW_VALIDATION_TYPE_DATE;
            v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
            v.minimum_datetime = {2000, 1, 1, 0, 0, 0};
            v.maximum_datetime = {2099, 12, 31, 0, 0, 0};
            v.input_title = const_cast<char *>("填报日期");
            v.input_message = const_cast<char *>("请填写日期，格式为 YYYY-MM-DD，如 2018-07-05。");
            v.error_title = const_cast<char *>("填报日期有误");
            v.error_message = const_cast<char *>("填报日期须为 YYYY-MM-DD 格式的日期。");
            validate(sheet, c, rows, &v);
        }
    }
}

void Writer::writeInstructions(const ReturnsWorkbook &book)
{
    lxw_worksheet *sheet = workbook_add_worksheet(m_book, ReturnsSheet::instructionsSheetName);
    check(worksheet_set_column(sheet, 0, 0, 6, nullptr));
    check(worksheet_set_column(sheet, 1, 1, 100, nullptr));
    check(worksheet_set_row(sheet, 0, 28, nullptr));
    check(worksheet_write_string(sheet, 0, 0, "填报说明", m_title));
    const QStringList lines = instructions(book);
    for (int i = 0; i < lines.size(); ++i) {
        const auto row = static_cast<lxw_row_t>(i + 1);
        check(worksheet_set_row(sheet, row, lines.at(i).size() > 48 ? 34 : 18, nullptr));
        check(worksheet_write_number(sheet, row, 0, i + 1, m_plainWrap));
        text(sheet, row, 1, lines.at(i), m_plainWrap);
    }
    worksheet_set_paper(sheet, paperA4);
    worksheet_fit_to_pages(sheet, 1, 0);
}

void Writer::writeMetadata(const ReturnsWorkbook &book)
{
    lxw_worksheet *sheet = workbook_add_worksheet(m_book, ReturnsSheet::metadataSheetName);
    const QList<std::pair<QString, QString>> values {
        {u"format"_s, u"plandesk-returns"_s},
        {u"version"_s, u"1"_s},
        {u"plan"_s, book.planDocumentNumber},
        {u"round"_s, book.round.period},
        {u"department"_s, book.department},
        {u"written_on"_s, book.writtenOn.toString(Qt::ISODate)},
    };
    lxw_row_t row = 0;
    for (const auto &[key, value] : values) {
        text(sheet, row, 0, key, nullptr);
        text(sheet, row, 1, value, nullptr);
        ++row;
    }
    worksheet_hide(sheet);
}

} // namespace

QString ReturnsSheet::title(const ReportingRound &round, const QString &department)
{
    const QString base = round.title.isEmpty() ? round.period : round.title;
    return department.isEmpty() ? base : u"%1（%2）"_s.arg(base, department);
}

Status ReturnsSheet::write(const QString &path, const ReturnsWorkbook &book)
{
    Writer writer(path);
    if (!writer.opened())
        return Status::failure(tr("the workbook cannot be created."));
    writer.writeEntrySheet(book);
    writer.writeInstructions(book);
    writer.writeMetadata(book);
    if (const lxw_error error = writer.close(); error != LXW_NO_ERROR)
        return Status::failure(QString::fromUtf8(lxw_strerror(error)));
    return {};
}

} // namespace PlanDesk
