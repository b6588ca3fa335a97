// A test-only program: opens a database read-write the way PlanDesk does
// (backing it up and migrating an older schema), then exits. The crash
// harness kills it half-way.
#include <cstdio>

#include <QCoreApplication>

#include "database/database.h"

using namespace PlanDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: reliability_openchild DATABASE\n", stderr);
        return 2;
    }
    Result<std::unique_ptr<Database>> db = Database::open(arguments.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    std::printf("schema %d\n", (*db)->schemaVersion());
    return 0;
}
