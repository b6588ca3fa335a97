#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "domain/entities.h"

namespace PlanDesk {

/// A decision as the minutes word it, turned into an action item's text:
/// without the list numbering it was written under ("一、", "（二）", "3.",
/// "4、") and surrounding blanks.
QString decisionText(const QString &minutesText);

/// The department a decision names first (by its name or short name),
/// among `departments`; the longer name wins where two start at the same
/// place ("市知识产权局" over "市知识产权"). None when none is named.
std::optional<qint64> departmentNamedIn(const QString &text, const QList<Department> &departments);

} // namespace PlanDesk
