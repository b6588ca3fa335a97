#pragma once

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QIcon;
class QLabel;

namespace PlanDesk {

struct Briefing;

/// The key numbers of the plan on a date as a row of tiles: tasks in all
/// and by pace light, overdue tasks, targets met, open and overdue action
/// items. The same numbers the printed briefing leads with, read from the
/// same Briefing. Each number's label is named for tests: "taskCount",
/// "paceCount<int(PaceLight)>", "overdueCount", "targetsMet",
/// "openActions", "overdueActions".
class DashboardNumbers final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardNumbers)

public:
    explicit DashboardNumbers(QWidget *parent = nullptr);

    void showBriefing(const Briefing &briefing);

private:
    /// A tile with an optional icon, its number and a caption; returns the
    /// caption so it can be reworded.
    QLabel *addTile(const QString &name, const QString &caption, const QIcon &icon,
                    const QString &toolTip, bool alarming = false);
    void setNumber(const QString &name, int value);

    QHBoxLayout *m_layout;
    QHash<QString, QLabel *> m_numbers;
    QLabel *m_targetsCaption;
};

} // namespace PlanDesk
