#pragma once

#include <optional>

#include <QFont>
#include <QList>
#include <QString>

#include "rules/pace.h"

namespace PlanDesk {

class PageWriter;

/// A table of the printed briefing: its header repeats on every page, no
/// row is split across pages, and a group heading row stays with the row
/// after it.
struct ReportTable
{
    struct Column
    {
        QString title;
        qreal share = 1.0; ///< of the table's width, relative to the others
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct Cell
    {
        QString text;
        std::optional<PaceLight> light; ///< drawn as a symbol before the text
    };
    struct Row
    {
        QList<Cell> cells;
        bool heading = false; ///< one cell spanning the table, e.g. a group
        bool indent = false; ///< a work item under its task
    };

    QList<Column> columns;
    QList<Row> rows;

    void addHeading(const QString &text) { rows << Row {{Cell {text, {}}}, true, false}; }
    void addRow(QList<Cell> cells, bool indent = false) { rows << Row {cells, false, indent}; }
};

/// Writes the table at the writer's position with `font` for its body.
void writeTable(PageWriter &writer, const ReportTable &table, const QFont &font);

} // namespace PlanDesk
