#include "filtermeasure.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "database/database.h"
#include "editing/workspace.h"
#include "models/tasktreemodel.h"
#include "pages/planpage.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

constexpr int SettleLimitMs = 10000;
const QSize PageSize(1229, 691); // the window on a 1366×768 screen, as offices have

/// A timer of the page or of the models behind its views still running:
/// a debounce the filter waits for.
bool timersPending(const QWidget &page)
{
    QList<const QObject *> owners {&page};
    for (const QAbstractItemView *view : page.findChildren<QAbstractItemView *>()) {
        for (const QAbstractItemModel *model = view->model(); model;) {
            owners << model;
            const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
            model = proxy ? proxy->sourceModel() : nullptr;
        }
    }
    for (const QObject *owner : owners) {
        for (const QTimer *timer : owner->findChildren<QTimer *>()) {
            if (timer->isActive() && timer->isSingleShot())
                return true;
        }
    }
    return false;
}

void settle(QWidget &page)
{
    QElapsedTimer limit;
    limit.start();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    while (timersPending(page) && limit.elapsed() < SettleLimitMs) {
        // Wakes when the timer fires.
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    // What the last step changed: laid out and painted.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

/// Every task's search text, as the plan page's filter matches it.
QStringList searchTexts(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (!index.data(TaskTreeModel::IsGroupRole).toBool())
            texts << index.data(TaskTreeModel::SearchTextRole).toString();
        texts << searchTexts(model, index);
    }
    return texts;
}

/// The floor: Qt's own filter over the same texts.
class BareFilter
{
public:
    explicit BareFilter(const QStringList &texts)
    {
        m_items.setColumnCount(1);
        for (const QString &text : texts)
            m_items.appendRow(new QStandardItem(text));
        m_proxy.setSourceModel(&m_items);
        m_proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        auto *layout = new QVBoxLayout(&m_window);
        layout->addWidget(m_edit = new QLineEdit(&m_window));
        auto *view = new QTreeView(&m_window);
        view->setModel(&m_proxy);
        view->setUniformRowHeights(true);
        layout->addWidget(view);
        QObject::connect(m_edit, &QLineEdit::textChanged, &m_proxy,
                         &QSortFilterProxyModel::setFilterFixedString);
        m_window.resize(PageSize);
    }
    QWidget &window() { return m_window; }
    QLineEdit &edit() { return *m_edit; }

private:
    QStandardItemModel m_items;
    QSortFilterProxyModel m_proxy;
    QWidget m_window;
    QLineEdit *m_edit = nullptr;
};

} // namespace

QString FilterMeasure::word()
{
    return u"知识产权"_s;
}

QString FilterMeasure::typedAfter(int keystrokes)
{
    const QString typed = word();
    const auto cycle = static_cast<int>(typed.size());
    const int step = keystrokes % (2 * cycle);
    return typed.left(step <= cycle ? step : 2 * cycle - step);
}

double timeKeystroke(QWidget &page, QLineEdit &edit, int index)
{
    const QString word = FilterMeasure::word();
    const auto cycle = static_cast<int>(word.size());
    const int step = index % (2 * cycle);
    QElapsedTimer clock;
    clock.start();
    if (step < cycle) {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, word.at(step));
        QApplication::sendEvent(&edit, &key);
    } else {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier);
        QApplication::sendEvent(&edit, &key);
    }
    settle(page);
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

FilterMeasure::FilterMeasure(const RunOptions &options)
    : m_options(options)
{
}

Status FilterMeasure::measure(Figures &figures)
{
    Result<std::unique_ptr<Database>> db =
        Database::open(m_options.large, Database::Access::ReadOnly);
    if (!db)
        return Status::failure(db.error());
    Workspace workspace(std::move(db).value());
    PlanPage page(workspace);
    page.resize(PageSize);
    page.show();
    auto *edit = page.findChild<QLineEdit *>(u"filterEdit"_s);
    if (!edit)
        return Status::failure(tr("The plan page has no filter field “filterEdit”."));
    BareFilter bare(searchTexts(*page.model()));
    bare.window().show();
    settle(page);
    settle(bare.window());

    Figure figure {tr("One keystroke in the plan page's filter over the L tasks (typing “%1” and "
                      "deleting it, %2 keys), from the key event until the page has settled")
                       .arg(word())
                       .arg(m_options.keystrokes),
                   u"ms"_s,
                   {},
                   tr("The same keys in a QLineEdit filtering a QSortFilterProxyModel (fixed "
                      "string) over a flat QStandardItemModel of the same search texts"),
                   {},
                   {std::nullopt, 16.0, tr("filter keystroke median < 16 ms"), true}};
    note(tr("filter: %1 keystrokes").arg(m_options.keystrokes));
    for (int i = 0; i < m_options.keystrokes; ++i) {
        figure.figure.add(timeKeystroke(page, *edit, i));
        figure.floor.add(timeKeystroke(bare.window(), bare.edit(), i));
    }
    if (edit->text() != typedAfter(m_options.keystrokes))
        return Status::failure(tr("The filter field holds “%1”, not “%2”: the keys did not "
                                  "arrive as typed.")
                                   .arg(edit->text(), typedAfter(m_options.keystrokes)));
    figures.append({u"filter_keystroke_l"_s, figure});
    return {};
}

} // namespace PlanDesk::Bench
