#pragma once

#include <memory>

#include <QDate>
#include <QDialog>

namespace Ui {
class ApprovalDialog;
}

namespace PlanDesk {

/// Confirms the approval of a meeting's minutes (纪要审定) and asks its date,
/// not before the meeting. Says plainly that approval locks the minutes and
/// cannot be undone: corrections are appended as amendments afterwards.
class ApprovalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalDialog)

public:
    /// `suggested` is the date offered (the as-of date or today); it is
    /// moved to the meeting's date when it falls before it.
    ApprovalDialog(const QString &meetingTitle, const QDate &heldOn, const QDate &suggested,
                   QWidget *parent = nullptr);
    ~ApprovalDialog() override;

    QDate date() const;
    /// Warns, before it is too late, of what the minutes still lack.
    void warnOf(const QStringList &gaps);

private:
    std::unique_ptr<Ui::ApprovalDialog> m_ui;
};

} // namespace PlanDesk
