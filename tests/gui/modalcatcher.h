#pragma once

#include <functional>

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace PlanDesk::Testing {

class VisibleText;

/// Reads and then cancels every modal dialog, message box and popup menu
/// that opens while a step runs, as a user would look at it and press
/// Escape: the dialogs are the app's own, opened the way the app opens them.
class ModalCatcher : public QObject
{
    Q_OBJECT

public:
    explicit ModalCatcher(VisibleText &text);

    /// Runs `step` (a click, a triggered action) and returns the classes of
    /// the windows that opened, in order.
    QStringList run(const QString &where, const std::function<void()> &step);
    /// Every window class seen so far.
    const QStringList &seen() const { return m_seen; }

private:
    void poll();

    VisibleText &m_text;
    QTimer m_timer;
    QString m_where;
    QStringList m_opened;
    QStringList m_seen;
};

} // namespace PlanDesk::Testing
