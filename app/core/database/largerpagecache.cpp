#include "database/largerpagecache.h"

#include "database/database.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

LargerPageCache::LargerPageCache(Database &db)
    : m_db(db)
{
    // Negative: in KiB. A failure only costs speed. A server manages its own.
    if (!m_db.isOnServer())
        (void)m_db.write(u"PRAGMA cache_size = -65536"_s);
}

LargerPageCache::~LargerPageCache()
{
    if (!m_db.isOnServer())
        (void)m_db.write(u"PRAGMA cache_size = -2000"_s);
}

} // namespace PlanDesk
