#include "modalcatcher.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QMenu>
#include <QMessageBox>

#include "visibletext.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Testing {

ModalCatcher::ModalCatcher(VisibleText &text)
    : m_text(text)
{
    m_timer.setInterval(20);
    connect(&m_timer, &QTimer::timeout, this, &ModalCatcher::poll);
}

QStringList ModalCatcher::run(const QString &where, const std::function<void()> &step)
{
    m_where = where;
    m_opened.clear();
    m_timer.start();
    step();
    // Whatever opened without blocking the step (a non-modal window) too.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 100
           || ((QApplication::activeModalWidget() || QApplication::activePopupWidget())
               && waited.elapsed() < 10000))
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    m_timer.stop();
    return m_opened;
}

void ModalCatcher::poll()
{
    QWidget *window = QApplication::activePopupWidget();
    if (!window)
        window = QApplication::activeModalWidget();
    if (!window)
        return;
    const QString className = QString::fromLatin1(window->metaObject()->className());
    if (m_opened.isEmpty() || m_opened.constLast() != className)
        m_opened << className;
    if (!m_seen.contains(className))
        m_seen << className;
    m_text.addWidgetTree(window, u"%1 ▸ %2 «%3»"_s.arg(m_where, className, window->windowTitle()));
    if (auto *box = qobject_cast<QMessageBox *>(window); box && box->escapeButton())
        box->escapeButton()->click();
    else if (auto *dialog = qobject_cast<QDialog *>(window))
        dialog->reject();
    else
        window->close();
}

} // namespace PlanDesk::Testing
