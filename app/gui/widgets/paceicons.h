#pragma once

#include <QIcon>

#include "pacestyle.h"

namespace PlanDesk {

/// The pace light's symbol (see pacestyle.h) as an icon for lists.
QIcon paceIcon(PaceLight light);

} // namespace PlanDesk
