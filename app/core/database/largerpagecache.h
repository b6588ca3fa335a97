#pragma once

namespace PlanDesk {

class Database;

/// For the length of a bulk write (an import of 100,000 rows): a 64 MiB page
/// cache instead of SQLite's 2 MiB, so pages stay in memory until the commit
/// rather than being spilled to the WAL and read back. Back to the default
/// afterwards, so an open window keeps its small footprint.
class LargerPageCache
{
public:
    explicit LargerPageCache(Database &db);
    ~LargerPageCache();
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    Database &m_db;
};

} // namespace PlanDesk
