#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include "plans/plandocument.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// Writes a plan as a plan file (docs/plan-format.md): what an office hands
/// to another office, or keeps to load again. Reading and writing are apart
/// so the document can be checked or compared on its way.
class PlanWriter
{
    Q_DECLARE_TR_FUNCTIONS(PlanWriter)

public:
    /// The plan as a file describes it, read in one snapshot: its departments
    /// (those its tasks and indicators name), groups, tasks with their work
    /// items, and indicators. Dates equal to their default are left unset;
    /// the default due date is the one most tasks share. A sample baseline
    /// (`plandesk init --demo`) is not the plan's and is left out.
    static Result<PlanDocument> read(Database &db, qint64 planId);
    /// The document as JSON that PlanFile::parse reads back to the same
    /// document: keys in a fixed order, two-space indent, UTF-8 with Chinese
    /// as is, a newline at the end. The built-in plan comes out as shipped.
    static QByteArray toJson(const PlanDocument &document);
};

} // namespace PlanDesk
