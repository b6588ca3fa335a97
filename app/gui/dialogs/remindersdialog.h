#pragma once

#include <memory>

#include <QDialog>

#include "rules/reminders.h"

class QPrinter;

namespace Ui {
class RemindersDialog;
}

namespace PlanDesk {

class Workspace;

/// What falls due within a number of days of the workspace's as-of date or
/// is already overdue (Reminders::collect), grouped by department; copies
/// the notice text and prints it on A4. Non-modal: it follows the as-of date
/// and every edit. The number of days and "Show at start" are remembered.
class RemindersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemindersDialog)

public:
    explicit RemindersDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~RemindersDialog() override;

    const QList<DepartmentReminders> &reminders() const { return m_reminders; }
    /// The notice text: Reminders::toText() of what is listed.
    QString text() const;
    void copy();
    void preview();
    void print();

    /// Whether the window should open this panel at start: the user has not
    /// switched it off and something is due or overdue.
    static bool wantedAtStart(Workspace &workspace);
    /// The user's "show at start" setting alone.
    static bool showsAtStart();

signals:
    void errorOccurred(const QString &message);

private:
    void reload();
    void fillTree();
    /// The one paint routine of preview and print.
    void printTo(QPrinter *printer) const;

    Workspace &m_workspace;
    std::unique_ptr<Ui::RemindersDialog> m_ui;
    QList<DepartmentReminders> m_reminders;
};

} // namespace PlanDesk
