#pragma once

#include <QDate>

#include "domain/entities.h"

namespace PlanDesk {

/// The office's pace light (序时进度) for a task on a date.
enum class PaceLight { NotStarted, Green, Yellow, Red, Done };

struct PaceAssessment
{
    PaceLight light = PaceLight::NotStarted;
    /// The percent the task should have reached: the elapsed share of its
    /// start→due span, 0–100.
    int expectedPercent = 0;
    /// Points behind that expectation (negative when ahead).
    int behindBy = 0;
    /// Past its due date and not done.
    bool overdue = false;
};

/// Done is done; grey before the start; red when past due and not done;
/// otherwise green when behind by fewer than 10 points, yellow from 10 to 30,
/// red beyond 30.
PaceAssessment assessPace(const Task &task, const QDate &asOf);

} // namespace PlanDesk
