#pragma once

#include <memory>

#include <QDialog>

#include "domain/entities.h"

namespace Ui {
class DepartmentDialog;
}

namespace PlanDesk {

/// Asks for a new department: name (required, not already taken), short
/// name, kind, contact person and phone. OK stays disabled, and a red line
/// names the field, until the entry can be saved.
class DepartmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartmentDialog)

public:
    /// `existingNames` are the departments already in the database.
    explicit DepartmentDialog(const QStringList &existingNames, QWidget *parent = nullptr);
    ~DepartmentDialog() override;

    /// What was entered, trimmed; id 0, active.
    Department department() const;

private:
    void validate();

    std::unique_ptr<Ui::DepartmentDialog> m_ui;
    QStringList m_existingNames;
    bool m_nameEdited = false;
};

} // namespace PlanDesk
