#pragma once

#include <QAbstractTableModel>

#include "repositories/departmentrepository.h"

namespace PlanDesk {

class Workspace;

/// All departments as a table: name, short name, kind, contact person,
/// phone, active flag, and how many tasks each leads and cooperates on and
/// how many of its action items are open. Short name, contact person and
/// phone are editable and "active" is a checkbox; every change goes through
/// Workspace::perform(), so it is committed at once and can be undone.
class DepartmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartmentTableModel)

public:
    enum Column {
        Name,
        ShortName,
        Kind,
        ContactPerson,
        Phone,
        Active,
        TasksLed,
        TasksCooperating,
        OpenActionItems,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        SortRole, ///< the raw value: text, number or bool
        FilterTextRole, ///< name, short name and contact person together
    };

    explicit DepartmentTableModel(Workspace &workspace, QObject *parent = nullptr);
    ~DepartmentTableModel() override;

    /// Replaces the rows. When the same departments come back in the same
    /// order (after an edit) the rows are updated in place, so views keep
    /// their selection and scroll position.
    void setDepartments(const QList<DepartmentSummary> &departments);
    /// The row of a department, or -1.
    int rowOf(qint64 id) const;
    const DepartmentSummary &summaryAt(int row) const { return m_rows.at(row); }
    QStringList names() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Saves `mine` over the row someone else saved as `theirs` (the user
    /// chose to keep their own edit); undo brings `theirs` back.
    bool saveOver(const Department &mine, const Department &theirs);
    /// Shows `theirs`, as someone else saved it, in place of the stale row.
    void takeTheirs(const Department &theirs);

signals:
    /// An edit was refused (the message is for people).
    void errorOccurred(const QString &message);
    /// An edit was refused because someone else saved the department meanwhile.
    void conflictOccurred(const PlanDesk::Department &mine,
                          const PlanDesk::UpdateConflict<PlanDesk::Department> &conflict);

private:
    QVariant displayData(const DepartmentSummary &row, int column) const;
    QVariant sortData(const DepartmentSummary &row, int column) const;
    bool change(int row, const Department &changed, const QString &description);

    Workspace &m_workspace;
    QList<DepartmentSummary> m_rows;
};

} // namespace PlanDesk
