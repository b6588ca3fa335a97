#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include "report/briefing.h"

namespace PlanDesk {

/// What a new regular meeting should take up, proposed from the standing
/// on its date: the open action items of earlier meetings, the tasks whose
/// pace light is red, and the targets behind their required path.
struct AgendaProposal
{
    QDate heldOn;
    QList<ActionItem> openActions; ///< by the meeting that raised them, earliest first
    QList<TaskStanding> redTasks; ///< document order
    QList<IndicatorPace> indicatorsBehind; ///< yellow or red, in the plan's order
    QHash<qint64, QString> departmentNames;
    QHash<qint64, QDate> raisedOn; ///< action item id → its meeting's date

    bool isEmpty() const
    {
        return openActions.isEmpty() && redTasks.isEmpty() && indicatorsBehind.isEmpty();
    }
};

class AgendaProposer
{
    Q_DECLARE_TR_FUNCTIONS(AgendaProposer)

public:
    /// `briefing` is loaded as of the meeting's date; the meeting's own
    /// items (`meetingId`) are not carried into it.
    static AgendaProposal propose(const Briefing &briefing, qint64 meetingId = 0);
    /// The agenda as numbered text for the meeting's agenda field.
    static QString toText(const AgendaProposal &proposal);
};

} // namespace PlanDesk
