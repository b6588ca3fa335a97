#pragma once

#include <QAbstractTableModel>

#include "domain/entities.h"

namespace PlanDesk {

/// One indicator's reported values as a read-only table in period order
/// (by each period's last day, so 2019-Q3 comes before 2019), sample values
/// marked in their own column. Edits go through dialogs.
class IndicatorValueTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorValueTableModel)

public:
    enum Column { Period, Value, Source, AsOf, Note, Sample, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 value id
        SortRole, ///< period order, Decimal units, dates, else text
        SampleRole, ///< bool: sample data (plandesk init --demo)
    };

    explicit IndicatorValueTableModel(QObject *parent = nullptr);
    ~IndicatorValueTableModel() override;

    void setValues(const QList<IndicatorValue> &values);
    const QList<IndicatorValue> &values() const { return m_values; }
    const IndicatorValue &valueAt(int row) const { return m_values.at(row); }
    /// The row showing value `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const IndicatorValue &value, int column) const;

    QList<IndicatorValue> m_values;
};

} // namespace PlanDesk
