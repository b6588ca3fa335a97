#pragma once

#include <QDate>
#include <QObject>

#include "exchange/exporter.h"
#include "exchange/tableimport.h"
#include "util/result.h"

class QMenu;
class QWidget;

namespace PlanDesk {

class Workspace;

/// File ▸ Import and File ▸ Export: the departments' returns and indicator
/// values (previewed in ImportDialog, imported undoably), a plan as JSON
/// either way, and every list as an Excel workbook or UTF-8 CSV. Asks for
/// files, remembering the last folder; reports errors and success through
/// its signals, for the window to show.
class ExchangeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeActions)

public:
    /// `window` parents the dialogs; the menus are created for it.
    ExchangeActions(Workspace &workspace, QWidget *window);

    QMenu *importMenu() const { return m_importMenu; }
    QMenu *exportMenu() const { return m_exportMenu; }

    /// Asks for .xlsx/.csv files, then previews and imports them.
    void importTable(TableImport::Kind kind);
    /// Previews `paths` in an ImportDialog and imports them if accepted.
    void importTableFiles(TableImport::Kind kind, const QStringList &paths);
    void importPlan();
    void exportPlan();
    /// Writes the workspace's plan as a plan file (JSON).
    Status exportPlanTo(const QString &path);
    /// Asks for a file (.xlsx or .csv) and writes the list into it.
    void exportList(Exporter::Kind kind);
    /// Writes the list to `path`: a workbook for .xlsx, CSV otherwise.
    Status exportListTo(Exporter::Kind kind, const QString &path);

    /// "Tasks", "Departments", … in the interface language.
    static QString listName(Exporter::Kind kind);
    /// "Tasks-2019-12-31.xlsx": the list's name and the date.
    static QString defaultFileName(Exporter::Kind kind, const QDate &date, const QString &suffix);

signals:
    void statusMessage(const QString &message);
    /// A plan file was made into a new database at `path`, for the window to open.
    void databaseCreated(const QString &path);
    void errorOccurred(const QString &message);

private:
    void createMenus();
    QString lastFolder() const;
    void rememberFolder(const QString &path);
    /// A short sentence, with the whole error (every problem, each with its
    /// place) under "Show Details…".
    void showDetailedError(const QString &summary, const QString &details);

    Workspace &m_workspace;
    QWidget *m_window;
    QMenu *m_importMenu;
    QMenu *m_exportMenu;
};

} // namespace PlanDesk
