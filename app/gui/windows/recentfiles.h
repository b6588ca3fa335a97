#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace PlanDesk {

struct ServerAddress;

/// The databases opened lately, newest first, kept in QSettings and shown in
/// a menu; choosing one emits openRequested. A ledger on a server is kept
/// by its address (never with a password) and shown by its name.
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
    static QString describe(const ServerAddress &server);
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace PlanDesk
