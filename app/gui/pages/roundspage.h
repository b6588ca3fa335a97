#pragma once

#include <memory>

#include <QWidget>

#include "rules/supervisiondata.h"

namespace Ui {
class RoundsPage;
}

namespace PlanDesk {

class LazyReload;

class RoundStatusModel;
class Workspace;

/// The reporting rounds (进展报送轮次) of the plan: a list of rounds, and for
/// the chosen one a matrix of who has handed in which report as of the
/// workspace's date, the list of who still owes one, a reminder notice
/// (催报) to copy, and recording an owed report. Rounds are created, edited
/// and deleted here; every change is undoable.
class RoundsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundsPage)

public:
    explicit RoundsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~RoundsPage() override;

    void newRound();
    void editRound();
    void deleteRound();
    /// Records the owed report chosen in the list or the matrix.
    void recordReport();
    /// Puts the notice for everyone who still owes a report on the clipboard.
    void copyReminderNotice();
    /// Writes the round's returns templates for the departments (TemplatesDialog).
    void exportTemplates();
    void selectRound(qint64 roundId);
    qint64 currentRoundId() const { return m_roundId; }

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

private:
    void setUpActions();
    void reload();
    void showRound();
    void fillOwesList();
    /// "✓ On time  ! Late  ✗ Missing  … Pending", under the summary.
    static QString legend();
    /// Opens the report dialog for one obligation of the current round.
    void recordFor(qint64 taskId, qint64 departmentId);
    const ReportingRound *currentRound() const;

    Workspace &m_workspace;
    std::unique_ptr<Ui::RoundsPage> m_ui;
    RoundStatusModel *m_model;
    SupervisionData m_data;
    qint64 m_roundId = 0;
    QDate m_shownAsOf; ///< the as-of date the page was last filled for
    LazyReload *m_lazyReload = nullptr; ///< reloads when shown, not while hidden
};

} // namespace PlanDesk
