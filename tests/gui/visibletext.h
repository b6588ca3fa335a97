#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QAction;
class QObject;
class QWidget;

class QChart;

namespace PlanDesk::Testing {

/// Every string a user can read in windows, dialogs and charts, each with
/// where it was found, for an audit of the interface's language.
class VisibleText
{
public:
    struct Entry
    {
        QString where;
        QString text;
    };

    /// The widget and everything in it: titles, labels, buttons, tabs,
    /// actions and their menus, combo items, placeholders, tool tips, the
    /// headers and cells of every view, the texts of every chart.
    void addWidgetTree(QWidget *root, const QString &where);
    /// An action, its tool and status tips, its shortcut and its menu's
    /// actions, recursively.
    void addAction(const QAction *action, const QString &where);
    /// Headers in both orientations and the display and tool tip texts of
    /// the first rows (and their children), capped.
    void addModel(const QAbstractItemModel *model, const QString &where);
    void addChart(const QChart *chart, const QString &where);
    /// Plain text, or rich text reduced to what it shows.
    void add(const QString &where, const QString &text);

    const QList<Entry> &entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
    QSet<QString> m_seen; ///< where + text, to list each once
};

/// "objectName" or the class name of each widget from `root` down to `w`.
QString widgetPath(const QObject *object, const QObject *root);

} // namespace PlanDesk::Testing
