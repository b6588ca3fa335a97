#include "database.h"

void marked(Database &db)
{
    // sql-from-parts: nothing on the next line needs excusing, so this is stale
    db.exec(u"SELECT 1"_s); // expect@-1: marker
    // sql-from-parts:
    db.exec(u"SELECT "_s + columns()); // expect: built argument  expect@-1: marker
}
