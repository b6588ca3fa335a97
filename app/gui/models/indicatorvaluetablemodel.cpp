#include "models/indicatorvaluetablemodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include "editing/localenumber.h"
#include "models/periodorder.h"

namespace PlanDesk {

IndicatorValueTableModel::IndicatorValueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

IndicatorValueTableModel::~IndicatorValueTableModel() = default;

void IndicatorValueTableModel::setValues(const QList<IndicatorValue> &values)
{
    beginResetModel();
    m_values = sortedByPeriod(values);
    endResetModel();
}

int IndicatorValueTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_values.size(); ++row) {
        if (m_values.at(row).id == id)
            return row;
    }
    return -1;
}

int IndicatorValueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_values.size());
}

int IndicatorValueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorValueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndicatorValue &value = m_values.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(value, column);
    case IdRole:
        return value.id;
    case SampleRole:
        return value.sample;
    case SortRole:
        switch (column) {
        case Period:
            return index.row(); // rows are kept in period order
        case Value:
            return value.value.units();
        case AsOf:
            return value.asOf;
        default:
            return display(value, column);
        }
    case Qt::ToolTipRole:
        if (column == Note && !value.note.isEmpty())
            return value.note;
        if (value.sample)
            return tr("Sample data (from “plandesk init --demo”), not the office's records");
        return {};
    case Qt::FontRole:
        if (value.sample) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return value.sample ? QVariant(QColor(0x75, 0x75, 0x75)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant IndicatorValueTableModel::display(const IndicatorValue &value, int column) const
{
    switch (column) {
    case Period:
        return value.period;
    case Value:
        return LocaleNumber::format(value.value);
    case Source:
        return value.source;
    case AsOf:
        return QLocale().toString(value.asOf, QLocale::ShortFormat);
    case Note:
        return value.note;
    case Sample:
        return value.sample ? tr("Sample") : QString();
    default:
        return {};
    }
}

QVariant IndicatorValueTableModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Period:
        return tr("Period");
    case Value:
        return tr("Value");
    case Source:
        return tr("Source");
    case AsOf:
        return tr("As of");
    case Note:
        return tr("Note");
    case Sample:
        return tr("Sample");
    default:
        return {};
    }
}

} // namespace PlanDesk
