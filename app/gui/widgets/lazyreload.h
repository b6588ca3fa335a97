#pragma once

#include <functional>

#include <QObject>

class QWidget;

namespace PlanDesk {

/// Reloads a page only when the user can see it. While the page is hidden
/// (another tab is showing), a change to the ledger just marks it stale, and
/// it reloads when it is next shown: start-up and every edit reload one page,
/// not eight. A page that is a window of its own reloads at once.
class LazyReload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyReload)

public:
    LazyReload(QWidget &page, std::function<void()> reload);

    /// Reloads now if the page is on screen (or a window of its own), else
    /// when it is next shown.
    void request();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget &m_page;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace PlanDesk
