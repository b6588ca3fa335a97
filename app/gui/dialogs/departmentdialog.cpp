#include "dialogs/departmentdialog.h"

#include <QPushButton>

#include "ui_departmentdialog.h"

namespace PlanDesk {

DepartmentDialog::DepartmentDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DepartmentDialog>())
{
    m_ui->setupUi(this);
    for (const QString &name : existingNames)
        m_existingNames << name.trimmed();
    for (const DepartmentKind kind :
         {DepartmentKind::Government, DepartmentKind::Party, DepartmentKind::Court,
          DepartmentKind::Procuratorate, DepartmentKind::Bank, DepartmentKind::Customs,
          DepartmentKind::Association, DepartmentKind::Collective})
        m_ui->kindCombo->addItem(displayName(kind), static_cast<int>(kind));

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        validate();
    });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &DepartmentDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

DepartmentDialog::~DepartmentDialog() = default;

Department DepartmentDialog::department() const
{
    Department d;
    d.name = m_ui->nameEdit->text().trimmed();
    d.shortName = m_ui->shortNameEdit->text().trimmed();
    d.kind = static_cast<DepartmentKind>(m_ui->kindCombo->currentData().toInt());
    d.contactPerson = m_ui->contactEdit->text().trimmed();
    d.contactPhone = m_ui->phoneEdit->text().trimmed();
    d.active = true;
    return d;
}

void DepartmentDialog::validate()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    QString message;
    if (name.isEmpty()) {
        // Not shouted at before the user has typed anything.
        if (m_nameEdited)
            message = tr("Name: enter the department's full name.");
    } else if (m_existingNames.contains(name)) {
        message = tr("Name: there is already a department called “%1”.").arg(name);
    }
    m_ui->messageLabel->setText(message);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!name.isEmpty() && !m_existingNames.contains(name));
}

} // namespace PlanDesk
