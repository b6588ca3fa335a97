#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace PlanDesk {

/// Rows ready to be written as CSV or JSON: the column order, and each row as
/// JSON values (text, numbers, booleans, lists of names, null).
struct ExportTable
{
    QStringList columns;
    QList<QJsonObject> rows;
};

} // namespace PlanDesk
