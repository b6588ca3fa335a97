#pragma once

#include <memory>

#include <QDate>
#include <QDialog>

#include "domain/entities.h"

namespace Ui {
class AmendmentDialog;
}

namespace PlanDesk {

/// Writes a correction to approved minutes (纪要修正): its date (not before
/// the approval), the reason and the corrected wording, both required. The
/// amendment is appended for good; the dialog says so.
class AmendmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmendmentDialog)

public:
    AmendmentDialog(const Meeting &meeting, const QDate &suggested, QWidget *parent = nullptr);
    ~AmendmentDialog() override;

    /// The amendment as entered, for the meeting given; the actor is filled
    /// in by the repository.
    MeetingAmendment amendment() const;
    /// What is missing, in words; empty when the amendment can be saved.
    QString problem() const;

private:
    void validate();

    std::unique_ptr<Ui::AmendmentDialog> m_ui;
    qint64 m_meetingId;
};

} // namespace PlanDesk
