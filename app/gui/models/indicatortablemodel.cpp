#include "models/indicatortablemodel.h"

#include <QColor>
#include <QFont>
#include <QHash>

#include "domain/period.h"
#include "editing/localenumber.h"
#include "models/periodorder.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

IndicatorTableModel::~IndicatorTableModel() = default;

void IndicatorTableModel::setIndicators(const QList<Indicator> &indicators,
                                        const QList<Department> &departments,
                                        const QList<IndicatorValue> &values)
{
    QHash<qint64, QString> names;
    for (const Department &d : departments)
        names.insert(d.id, d.name);
    QHash<qint64, IndicatorValue> latest;
    for (const IndicatorValue &v : values) {
        const auto found = latest.constFind(v.indicatorId);
        if (found == latest.cend() || periodLess(found->period, v.period))
            latest.insert(v.indicatorId, v);
    }
    beginResetModel();
    m_rows.clear();
    for (const Indicator &indicator : indicators) {
        Row row {indicator, {}, std::nullopt};
        if (indicator.departmentId)
            row.department = names.value(*indicator.departmentId);
        if (const auto found = latest.constFind(indicator.id); found != latest.cend())
            row.latest = *found;
        m_rows << row;
    }
    endResetModel();
}

int IndicatorTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).indicator.id == id)
            return row;
    }
    return -1;
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case IdRole:
        return row.indicator.id;
    case SortRole:
        return sortKey(row, column);
    case SampleRole:
        return isSample(row, column);
    case Qt::ToolTipRole:
        if (column == Rule)
            return comparisonText(row.indicator.comparison);
        if (isSample(row, column))
            return tr("Sample data (from “plandesk init --demo”), not the office's records");
        if (column == Name && row.indicator.ratio)
            return tr("Computed as %1 ÷ %2 × %3")
                .arg(row.indicator.ratio->numerator, row.indicator.ratio->denominator)
                .arg(row.indicator.ratio->scale);
        return {};
    case Qt::FontRole:
        if (isSample(row, column)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return isSample(row, column) ? QVariant(QColor(0x75, 0x75, 0x75)) : QVariant();
    case Qt::TextAlignmentRole:
        switch (column) {
        case Baseline:
        case BaselineYear:
        case Target:
        case TargetYear:
        case Latest:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Rule:
            return QVariant(Qt::AlignCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant IndicatorTableModel::display(const Row &row, int column) const
{
    const Indicator &i = row.indicator;
    switch (column) {
    case Code:
        return i.code;
    case Name:
        return i.name;
    case Unit:
        return i.unit;
    case Rule:
        return comparisonSymbol(i.comparison);
    case Baseline:
        return i.baselineValue ? LocaleNumber::format(*i.baselineValue) : QString();
    case BaselineYear:
        return i.baselineYear ? QString::number(*i.baselineYear) : QString();
    case Target:
        return LocaleNumber::format(i.targetValue);
    case TargetYear:
        return QString::number(i.targetYear);
    case Responsible:
        return row.department;
    case Latest:
        return row.latest ? LocaleNumber::format(row.latest->value) : QString();
    case LatestPeriod:
        return row.latest ? row.latest->period : QString();
    default:
        return {};
    }
}

QVariant IndicatorTableModel::sortKey(const Row &row, int column) const
{
    const Indicator &i = row.indicator;
    switch (column) {
    case Rule:
        return static_cast<int>(i.comparison);
    case Baseline:
        return i.baselineValue ? QVariant(i.baselineValue->units()) : QVariant();
    case BaselineYear:
        return i.baselineYear ? QVariant(*i.baselineYear) : QVariant();
    case Target:
        return i.targetValue.units();
    case TargetYear:
        return i.targetYear;
    case Latest:
        return row.latest ? QVariant(row.latest->value.units()) : QVariant();
    case LatestPeriod:
        // The period's end, so a year sorts after its own quarters.
        if (const auto period = row.latest ? Period::parse(row.latest->period) : std::nullopt)
            return period->lastDay();
        return {};
    default:
        return display(row, column);
    }
}

bool IndicatorTableModel::isSample(const Row &row, int column)
{
    switch (column) {
    case Baseline:
    case BaselineYear:
        return row.indicator.baselineSample && row.indicator.baselineValue.has_value();
    case Latest:
    case LatestPeriod:
        return row.latest && row.latest->sample;
    default:
        return false;
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Indicator");
    case Unit:
        return tr("Unit");
    case Rule:
        return tr("Rule");
    case Baseline:
        return tr("Baseline");
    case BaselineYear:
        return tr("Baseline year");
    case Target:
        return tr("Target");
    case TargetYear:
        return tr("Target year");
    case Responsible:
        return tr("Responsible department");
    case Latest:
        return tr("Latest value");
    case LatestPeriod:
        return tr("Latest period");
    default:
        return {};
    }
}

QString IndicatorTableModel::comparisonText(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Greater:
        return tr("More than the target");
    case Comparison::GreaterOrEqual:
        return tr("At least the target");
    case Comparison::LessOrEqual:
        return tr("At most the target");
    case Comparison::Less:
        return tr("Less than the target");
    }
    return {};
}

} // namespace PlanDesk
