#include "visibletext.h"

#include <functional>

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolBox>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Testing {

namespace {

constexpr int maxRows = 60; // per level of a model
constexpr int maxCellsPerView = 1500;

QString nameOf(const QObject *object)
{
    return object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                          : object->objectName();
}

/// A cell's or header's value as the view shows it, when it is text.
QString shown(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString();
    case QMetaType::QStringList:
        return value.toStringList().join(u'\n');
    default:
        return {};
    }
}

} // namespace

QString widgetPath(const QObject *object, const QObject *root)
{
    QStringList names;
    for (const QObject *o = object; o && o != root; o = o->parent())
        names.prepend(nameOf(o));
    return names.join(u'/');
}

void VisibleText::add(const QString &where, const QString &text)
{
    QString plain =
        Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    plain = plain.trimmed();
    if (plain.isEmpty() || m_seen.contains(where + u'\x1f' + plain))
        return;
    m_seen.insert(where + u'\x1f' + plain);
    m_entries.append({where, plain});
}

void VisibleText::addAction(const QAction *action, const QString &where)
{
    if (action->isSeparator())
        return;
    const QString here = where + u" ▸ action "_s + nameOf(action);
    add(here, action->text());
    if (action->toolTip() != QString(action->text()).remove(u'&'))
        add(here + u" (tool tip)"_s, action->toolTip());
    add(here + u" (status tip)"_s, action->statusTip());
    add(here + u" (shortcut)"_s, action->shortcut().toString(QKeySequence::NativeText));
    if (const QMenu *menu = action->menu()) {
        add(here + u" (menu title)"_s, menu->title());
        for (const QAction *child : menu->actions())
            addAction(child, here);
    }
}

void VisibleText::addModel(const QAbstractItemModel *model, const QString &where)
{
    if (!model)
        return;
    const QString name = nameOf(model);
    for (int c = 0; c < std::min(model->columnCount(), maxRows); ++c) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
            add(u"%1 model %2 header column %3"_s.arg(where, name).arg(c),
                shown(model->headerData(c, Qt::Horizontal, role)));
    }
    for (int r = 0; r < std::min(model->rowCount(), maxRows); ++r) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
            add(u"%1 model %2 header row %3"_s.arg(where, name).arg(r),
                shown(model->headerData(r, Qt::Vertical, role)));
    }
    int cells = 0;
    std::function<void(const QModelIndex &, const QString &)> walk = [&](const QModelIndex &parent,
                                                                         const QString &path) {
        for (int r = 0; r < std::min(model->rowCount(parent), maxRows); ++r) {
            for (int c = 0; c < model->columnCount(parent) && cells < maxCellsPerView; ++c) {
                const QModelIndex index = model->index(r, c, parent);
                const QString place =
                    u"%1 model %2 cell %3%4,%5"_s.arg(where, name, path).arg(r).arg(c);
                add(place, shown(index.data(Qt::DisplayRole)));
                add(place + u" (tool tip)"_s, shown(index.data(Qt::ToolTipRole)));
                ++cells;
            }
            const QModelIndex first = model->index(r, 0, parent);
            if (model->hasChildren(first) && cells < maxCellsPerView)
                walk(first, path + QString::number(r) + u'/');
        }
    };
    walk({}, {});
}

void VisibleText::addChart(const QChart *chart, const QString &where)
{
    if (!chart)
        return;
    const QString here = where + u" chart"_s;
    add(here + u" title"_s, chart->title());
    add(here + u" tool tip"_s, chart->toolTip());
    for (QAbstractAxis *axis : chart->axes()) {
        add(here + u" axis title"_s, axis->titleText());
        if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis)) {
            for (const QString &category : bars->categories())
                add(here + u" axis category"_s, category);
        }
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis)) {
            for (const QString &label : categories->categoriesLabels())
                add(here + u" axis label"_s, label);
        }
    }
    for (const QAbstractSeries *series : chart->series()) {
        add(here + u" series name"_s, series->name());
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets())
                add(here + u" bar set"_s, set->label());
        }
    }
    for (const QLegendMarker *marker : chart->legend()->markers())
        add(here + u" legend"_s, marker->label());
}

void VisibleText::addWidgetTree(QWidget *root, const QString &where)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        const QString here = where + u" › "_s + widgetPath(w, root->parentWidget());
        if (w->isWindow() || qobject_cast<QTabWidget *>(w->parentWidget()))
            add(here + u" (title)"_s, w->windowTitle());
        add(here + u" (tool tip)"_s, w->toolTip());
        add(here + u" (status tip)"_s, w->statusTip());
        add(here + u" (what's this)"_s, w->whatsThis());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(here, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(here, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(here, group->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            add(here + u" (placeholder)"_s, edit->placeholderText());
            // A spin box's or date edit's line edit shows what the box formats.
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                add(here, edit->text());
        } else if (auto *text = qobject_cast<QTextEdit *>(w)) {
            add(here + u" (placeholder)"_s, text->placeholderText());
            add(here, text->toPlainText());
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            add(here + u" (placeholder)"_s, plain->placeholderText());
            add(here, plain->toPlainText());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(here + u" item"_s, combo->itemText(i));
            if (combo->lineEdit())
                add(here + u" (placeholder)"_s, combo->lineEdit()->placeholderText());
            else
                add(here + u" (placeholder)"_s, combo->placeholderText());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(here + u" tab"_s, tabs->tabText(i));
                add(here + u" tab (tool tip)"_s, tabs->tabToolTip(i));
            }
        } else if (auto *box = qobject_cast<QToolBox *>(w)) {
            for (int i = 0; i < box->count(); ++i)
                add(here + u" page"_s, box->itemText(i));
        } else if (auto *chartView = qobject_cast<QChartView *>(w)) {
            addChart(chartView->chart(), here);
        }
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            add(here + u" (prefix)"_s, spin->prefix());
            add(here + u" (suffix)"_s, spin->suffix());
        } else if (auto *real = qobject_cast<QDoubleSpinBox *>(w)) {
            add(here + u" (prefix)"_s, real->prefix());
            add(here + u" (suffix)"_s, real->suffix());
        }
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            add(here + u" (special value)"_s, spin->specialValueText());
        if (auto *view = qobject_cast<QAbstractItemView *>(w);
            view && !qobject_cast<QHeaderView *>(w))
            addModel(view->model(), here);
        if (auto *menu = qobject_cast<QMenu *>(w))
            add(here + u" (menu title)"_s, menu->title());
        for (const QAction *action : w->actions())
            addAction(action, here);
    }
}

} // namespace PlanDesk::Testing
