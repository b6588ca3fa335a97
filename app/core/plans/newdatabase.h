#pragma once

#include <memory>

#include <QCoreApplication>

#include "plans/plandocument.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// Creates a database holding a plan as one step, for `plandesk init` and the
/// window's first start.
class NewDatabase
{
    Q_DECLARE_TR_FUNCTIONS(NewDatabase)

public:
    enum class Content { Plan, PlanWithSampleData };

    /// Builds the file under a temporary name beside `path` and renames it
    /// into place only when complete, so a crash or an error never leaves a
    /// half-made database under the real name. Refuses an existing `path`.
    /// On a server (`path` is postgresql://…) the database must exist and be
    /// empty; the schema is set up, then the plan goes in in one transaction.
    static Result<std::unique_ptr<Database>> create(const QString &path, const PlanDocument &plan,
                                                    Content content);

private:
    static Result<std::unique_ptr<Database>>
    createOnServer(const QString &location, const PlanDocument &plan, Content content);
};

} // namespace PlanDesk
