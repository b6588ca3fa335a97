#pragma once

#include <QStringList>

namespace PlanDesk::Bench {

/// `plandesk-bench generate --scale S|L|T --out FILE [--seed N] [--digest]`.
/// `arguments` start with "generate". Returns the exit code: 0 made, 1
/// failed, 2 wrong usage.
int runGenerate(const QStringList &arguments);

} // namespace PlanDesk::Bench
