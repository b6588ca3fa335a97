#include "widgets/waitcursor.h"

#include <QApplication>

namespace PlanDesk {

WaitCursor::WaitCursor()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
}

WaitCursor::~WaitCursor()
{
    QApplication::restoreOverrideCursor();
}

} // namespace PlanDesk
