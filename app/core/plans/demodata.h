#pragma once

#include <QCoreApplication>

#include "util/result.h"

namespace PlanDesk {

class Database;

/// Sample data for trying PlanDesk out (`plandesk init --demo`): quarterly
/// progress reports 2017–2020 for every task, yearly indicator values
/// 2016–2020, and six regular meetings with minutes and action items.
/// Deterministic (no randomness), flagged is_sample on every row, and worded
/// 【示例】 in its text, so it can never pass for the office's real records.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    static Status add(Database &db, qint64 planId);
};

} // namespace PlanDesk
