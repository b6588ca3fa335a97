#include "widgets/afterfirstpaint.h"

#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace PlanDesk {

namespace {

class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QWidget &widget, std::function<void()> action)
        : QObject(&widget)
        , m_action(std::move(action))
    {
        widget.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // After the whole paint pass: the children paint after the window.
            QTimer::singleShot(0, watched, std::move(m_action));
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_action;
};

} // namespace

void afterFirstPaint(QWidget &widget, std::function<void()> action)
{
    new FirstPaintWatcher(widget, std::move(action));
}

} // namespace PlanDesk
