#pragma once

#include <QtGlobal>

namespace PlanDesk {

/// Shows the wait cursor while it lives: around work that makes the user
/// wait, such as composing a briefing or drawing a chart for export.
class WaitCursor final
{
    Q_DISABLE_COPY_MOVE(WaitCursor)

public:
    WaitCursor();
    ~WaitCursor();
};

} // namespace PlanDesk
