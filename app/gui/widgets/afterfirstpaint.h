#pragma once

#include <functional>

class QWidget;

namespace PlanDesk {

/// Runs `action` once, just after `widget` is first painted: what start-up
/// can put off (the reminders panel) waits until the window is on screen.
void afterFirstPaint(QWidget &widget, std::function<void()> action);

} // namespace PlanDesk
