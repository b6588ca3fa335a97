#pragma once

#include <memory>

#include <QDate>
#include <QDialog>

#include "exchange/tableimport.h"

class QPushButton;

namespace Ui {
class ImportDialog;
}

namespace PlanDesk {

class ImportPreviewModel;
class Workspace;

/// Imports the departments' returns or indicator values in two steps: it
/// reads and checks the files first (TableImport::preview, nothing written)
/// and shows every row with what importing it would do and every problem
/// with its place; Import then writes all of it as one undoable edit, and is
/// offered only when the preview can be applied. Otherwise it says why.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(Workspace &workspace, TableImport::Kind kind, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads and checks `paths`, with a cancelable progress dialog for long
    /// files. False when cancelled or the database could not be read (the
    /// error is emitted): then there is nothing to show.
    bool preview(const QStringList &paths);
    const ImportPreview &importPreview() const { return m_preview; }
    ImportPreviewModel *model() const { return m_model; }
    QPushButton *importButton() const { return m_importButton; }
    /// Writes the preview through the workspace's undo stack and closes.
    void import();

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

private:
    void showPreview();
    void fillProblems();
    /// Why Import is not offered, in a sentence; empty when it is.
    QString reasonNotApplicable() const;
    void showProblemRow(int problemIndex);

    Workspace &m_workspace;
    TableImport::Kind m_kind;
    QDate m_today;
    std::unique_ptr<Ui::ImportDialog> m_ui;
    ImportPreviewModel *m_model;
    QPushButton *m_importButton;
    ImportPreview m_preview;
};

} // namespace PlanDesk
