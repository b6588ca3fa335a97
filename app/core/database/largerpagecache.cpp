#include "database/largerpagecache.h"

#include "database/database.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

LargerPageCache::LargerPageCache(Database &db)
    : m_db(db)
{
    // Negative: in KiB. A failure only costs speed.
    (void)m_db.write(u"PRAGMA cache_size = -65536"_s);
}

LargerPageCache::~LargerPageCache()
{
    (void)m_db.write(u"PRAGMA cache_size = -2000"_s);
}

} // namespace PlanDesk
