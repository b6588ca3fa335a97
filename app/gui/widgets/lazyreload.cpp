#include "widgets/lazyreload.h"

#include <QEvent>
#include <QWidget>

namespace PlanDesk {

LazyReload::LazyReload(QWidget &page, std::function<void()> reload)
    : QObject(&page)
    , m_page(page)
    , m_reload(std::move(reload))
{
    page.installEventFilter(this);
}

void LazyReload::request()
{
    m_stale = true;
    if (m_page.isVisible() || m_page.isWindow()) {
        m_stale = false;
        m_reload();
    }
}

bool LazyReload::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace PlanDesk
