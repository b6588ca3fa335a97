#include "reporttable.h"

#include <algorithm>

#include <QPagedPaintDevice>
#include <QPainter>

#include "pacestyle.h"
#include "pagewriter.h"

namespace PlanDesk {

namespace {

struct Geometry
{
    QList<qreal> lefts;
    QList<qreal> widths;
    qreal padding = 0;
    qreal symbol = 0;
};

Geometry geometryOf(const PageWriter &writer, const ReportTable &table, const QFont &font)
{
    Geometry g;
    g.padding = writer.mm(1.2);
    g.symbol = QFontMetricsF(font, &writer.device()).height() * 0.9;
    qreal total = 0;
    for (const ReportTable::Column &c : table.columns)
        total += c.share;
    qreal x = writer.left();
    for (const ReportTable::Column &c : table.columns) {
        const qreal w = writer.width() * c.share / total;
        g.lefts << x;
        g.widths << w;
        x += w;
    }
    return g;
}

qreal cellTextWidth(const Geometry &g, int column, const ReportTable::Cell &cell, bool indent)
{
    qreal w = g.widths.at(column) - 2 * g.padding;
    if (cell.light)
        w -= g.symbol + g.padding;
    if (indent && column == 0)
        w -= g.symbol;
    return std::max<qreal>(w, 1);
}

qreal rowHeight(const PageWriter &writer, const Geometry &g, const ReportTable::Row &row,
                const QFont &font)
{
    if (row.heading) {
        const qreal w = g.widths.isEmpty() ? writer.width() : writer.width() - 2 * g.padding;
        return writer.textHeight(row.cells.value(0).text, font, w) + 2 * g.padding;
    }
    qreal h = 0;
    for (int c = 0; c < row.cells.size() && c < g.widths.size(); ++c) {
        const ReportTable::Cell &cell = row.cells.at(c);
        h = std::max(h, writer.textHeight(cell.text, font, cellTextWidth(g, c, cell, row.indent)));
    }
    return h + 2 * g.padding;
}

void paintRow(QPainter &p, const PageWriter &writer, const Geometry &g, const ReportTable &table,
              const ReportTable::Row &row, qreal y, qreal height, const QFont &font, bool header)
{
    const QPen grid(QColor(0x60, 0x60, 0x60), writer.mm(0.15));
    p.setFont(font);
    if (row.heading || header) {
        p.fillRect(QRectF(writer.left(), y, writer.width(), height),
                   header ? QColor(0xe0, 0xe0, 0xe0) : QColor(0xf2, 0xf2, 0xf2));
    }
    p.setPen(grid);
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(writer.left(), y, writer.width(), height));
    p.setPen(Qt::black);
    if (row.heading) {
        p.drawText(QRectF(writer.left() + g.padding, y + g.padding, writer.width() - 2 * g.padding,
                          height - 2 * g.padding),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, row.cells.value(0).text);
        return;
    }
    for (int c = 0; c < g.widths.size(); ++c) {
        if (c > 0) {
            p.setPen(grid);
            p.drawLine(QPointF(g.lefts.at(c), y), QPointF(g.lefts.at(c), y + height));
            p.setPen(Qt::black);
        }
        const ReportTable::Cell cell = row.cells.value(c);
        qreal x = g.lefts.at(c) + g.padding;
        if (row.indent && c == 0)
            x += g.symbol;
        if (cell.light) {
            drawPaceSymbol(p, QRectF(x, y + (height - g.symbol) / 2, g.symbol, g.symbol),
                           *cell.light);
            x += g.symbol + g.padding;
        }
        const Qt::Alignment align = header ? Qt::AlignHCenter : table.columns.at(c).alignment;
        p.drawText(
            QRectF(x, y + g.padding, cellTextWidth(g, c, cell, row.indent), height - 2 * g.padding),
            int(align) | Qt::AlignVCenter | Qt::TextWordWrap, cell.text);
    }
}

/// A row taller than `maxHeight` as several rows, each cell's text cut at
/// line breaks, so a very long description runs on over pages instead of
/// off the bottom of one.
QList<ReportTable::Row> splitRow(const PageWriter &writer, const Geometry &g,
                                 const ReportTable::Row &row, const QFont &font, qreal maxHeight)
{
    QList<QStringList> pieces;
    qsizetype count = 1;
    for (int c = 0; c < row.cells.size() && c < g.widths.size(); ++c) {
        const ReportTable::Cell &cell = row.cells.at(c);
        pieces << writer.splitToHeight(cell.text, font, cellTextWidth(g, c, cell, row.indent),
                                       maxHeight - 2 * g.padding);
        count = std::max(count, pieces.constLast().size());
    }
    QList<ReportTable::Row> rows;
    for (qsizetype k = 0; k < count; ++k) {
        ReportTable::Row part = row;
        for (int c = 0; c < pieces.size(); ++c) {
            part.cells[c].text = pieces.at(c).value(k);
            if (k > 0)
                part.cells[c].light.reset(); // the symbol once, on the first part
        }
        rows << part;
    }
    return rows;
}

} // namespace

void writeTable(PageWriter &writer, const ReportTable &input, const QFont &font)
{
    const Geometry g = geometryOf(writer, input, font);
    QFont bold = font;
    bold.setBold(true);
    ReportTable::Row header;
    for (const ReportTable::Column &c : input.columns)
        header.cells << ReportTable::Cell {c.title, {}};
    const qreal headerHeight = rowHeight(writer, g, header, bold);

    // What fits under the header on an empty page.
    const qreal roomy = writer.contentRect().height() - headerHeight;
    ReportTable table;
    table.columns = input.columns;
    for (const ReportTable::Row &row : input.rows) {
        if (!row.heading && rowHeight(writer, g, row, font) > roomy)
            table.rows << splitRow(writer, g, row, font, roomy * 0.95); // a margin for rounding
        else
            table.rows << row;
    }

    const auto writeHeader = [&] {
        if (QPainter *p = writer.painter())
            paintRow(*p, writer, g, table, header, writer.y(), headerHeight, bold, true);
        writer.advance(headerHeight);
    };

    bool headerOnPage = false;
    int page = 0;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const ReportTable::Row &row = table.rows.at(i);
        const QFont &rowFont = row.heading ? bold : font;
        const qreal height = rowHeight(writer, g, row, rowFont);
        // A heading keeps the next row with it.
        qreal needed = height;
        if (row.heading && i + 1 < table.rows.size())
            needed += rowHeight(writer, g, table.rows.at(i + 1), font);
        if (page != writer.page())
            headerOnPage = false;
        writer.ensure(needed + (headerOnPage && page == writer.page() ? 0 : headerHeight));
        if (page != writer.page() || !headerOnPage) {
            page = writer.page();
            writeHeader();
            headerOnPage = true;
        }
        if (QPainter *p = writer.painter())
            paintRow(*p, writer, g, table, row, writer.y(), height, rowFont, false);
        writer.advance(height);
    }
    if (table.rows.isEmpty()) {
        writer.ensure(headerHeight);
        writeHeader();
    }
}

} // namespace PlanDesk
