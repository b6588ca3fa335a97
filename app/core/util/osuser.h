#pragma once

#include <QString>

namespace PlanDesk {

/// The name of the person logged in to this workstation, for the audit log.
QString currentOsUser();

} // namespace PlanDesk
