#pragma once

#include <QWidget>

#include "domain/period.h"
#include "rules/supervisiondata.h"
#include "util/result.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace PlanDesk {

class LazyReload;

class AssessmentTableModel;
struct AssessmentReport;
class Workspace;

/// The department assessment (督导考核): the ranking for a chosen year, half
/// or quarter, judged on the workspace's as-of date; the plan's weights,
/// changed undoably; and the ranking printed, previewed, saved as PDF or
/// exported as CSV with the columns of `plandesk export assessment`.
class AssessmentPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentPage)

public:
    explicit AssessmentPage(Workspace &workspace, QWidget *parent = nullptr);
    ~AssessmentPage() override;

    /// The period chosen: "2019", "2019-H2", "2019-Q4".
    Period period() const;
    /// Saves the three weights when they add up to 100; undoable.
    void applyWeights();
    void print();
    void preview();
    void saveAsPdf();
    void exportCsv();
    /// What Save as PDF and Export CSV write, without asking where.
    Result<int> writePdf(const QString &path) const;
    Status writeCsv(const QString &path) const;

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

private:
    void buildLayout();
    void reload();
    void followAsOf();
    void offerYears();
    void assess();
    void checkWeights();
    AssessmentReport report() const;
    QString defaultPath(const QString &suffix) const;

    Workspace &m_workspace;
    SupervisionData m_data;
    AssessmentTableModel *m_model;
    QComboBox *m_yearCombo;
    QComboBox *m_spanCombo;
    QLabel *m_evaluationLabel;
    QSpinBox *m_reportingWeight;
    QSpinBox *m_paceWeight;
    QSpinBox *m_actionsWeight;
    QPushButton *m_applyButton;
    QLabel *m_weightsMessage;
    QTableView *m_table;
    QList<QPushButton *> m_outputButtons;
    LazyReload *m_lazyReload = nullptr; ///< reloads when shown, not while hidden
};

} // namespace PlanDesk
