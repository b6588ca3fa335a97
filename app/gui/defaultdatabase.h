#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

#include "util/result.h"

namespace PlanDesk {

class Database;

/// The database the window opens when none is named: plandesk.sqlite in the
/// user's data folder (%APPDATA%\PlanDesk on Windows,
/// ~/.local/share/PlanDesk on Linux), created with the built-in plan on the
/// first start.
class DefaultDatabase
{
    Q_DECLARE_TR_FUNCTIONS(DefaultDatabase)

public:
    static QString path();
    static Result<std::unique_ptr<Database>> openOrCreate(const QString &path);
};

} // namespace PlanDesk
