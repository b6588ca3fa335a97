#pragma once

#include <functional>

#include "benchrun.h"

class QLineEdit;
class QWidget;

namespace PlanDesk::Bench {

/// Figure 4: keystrokes in the plan page's filter over the L tasks. A
/// Chinese word is typed and deleted again, one key event at a time, and
/// each is timed from the key event until the page has settled: events
/// processed, any pending (debounce) timer of the page fired, the view
/// repainted. The floor is Qt alone: a QSortFilterProxyModel with a fixed
/// string over a flat QStandardItemModel of the same tasks' search texts,
/// in a QTreeView below a QLineEdit, driven by the same keys in turn.
class FilterMeasure
{
    Q_DECLARE_TR_FUNCTIONS(FilterMeasure)

public:
    explicit FilterMeasure(const RunOptions &options);
    Status measure(Figures &figures);

    /// The word typed; present in the built-in plan's titles.
    static QString word();
    /// What the field holds after the first `keystrokes` keys.
    static QString typedAfter(int keystrokes);

private:
    const RunOptions &m_options;
};

/// Sends keystroke `index` of the type-and-delete cycle to `edit` and
/// returns the milliseconds until `page` has settled.
double timeKeystroke(QWidget &page, QLineEdit &edit, int index);

} // namespace PlanDesk::Bench
