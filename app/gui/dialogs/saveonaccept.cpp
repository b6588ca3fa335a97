#include "dialogs/saveonaccept.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>

namespace PlanDesk {

void SaveOnAccept::install(QDialog &dialog, std::function<Status()> save)
{
    auto *box = dialog.findChild<QDialogButtonBox *>();
    Q_ASSERT(box);
    if (!box)
        return;
    QObject::disconnect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::accepted, &dialog, [&dialog, save = std::move(save)] {
        if (const Status s = save(); !s) {
            if (!s.error().isEmpty())
                QMessageBox::warning(&dialog, tr("Not saved"), s.error());
            return;
        }
        dialog.accept();
    });
}

} // namespace PlanDesk
