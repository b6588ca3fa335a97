#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace PlanDesk {

/// The databases opened lately, newest first, kept in QSettings and shown in
/// a menu; choosing one emits openRequested.
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    static constexpr int MaximumCount = 8;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);

signals:
    void openRequested(const QString &path);

private:
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace PlanDesk
