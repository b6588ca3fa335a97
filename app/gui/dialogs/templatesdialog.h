#pragma once

#include <memory>
#include <optional>
#include <utility>

#include <QDialog>

#include "domain/entities.h"
#include "util/result.h"

namespace Ui {
class TemplatesDialog;
}

namespace PlanDesk {

class Workspace;

/// Writes the returns templates (报送模板) of one reporting round for the
/// departments to fill in: into a folder (Documents/PlanDesk/<round> unless
/// chosen), one workbook per department, one for all, or only one
/// department's. Shows progress while writing, then how many were written
/// with a button that opens the folder.
class TemplatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesDialog)

public:
    /// `departments` are those owing reports in the round, by id and name;
    /// `selected` is preselected for "only this department".
    TemplatesDialog(Workspace &workspace, const ReportingRound &round,
                    const QList<std::pair<qint64, QString>> &departments,
                    std::optional<qint64> selected, QWidget *parent = nullptr);
    ~TemplatesDialog() override;

    /// Documents/PlanDesk/<the round's title, safe as a folder name>.
    static QString defaultFolder(const ReportingRound &round);
    QString folder() const;
    void setFolder(const QString &folder);
    /// Writes the templates as chosen, with a cancelable progress dialog;
    /// returns the files written, or a failure without a message when cancelled.
    Result<QStringList> writeTemplates();
    /// Writes, then says how many were written, offering to open the folder.
    void accept() override;

signals:
    void statusMessage(const QString &message);

private:
    void browse();

    Workspace &m_workspace;
    ReportingRound m_round;
    std::unique_ptr<Ui::TemplatesDialog> m_ui;
};

} // namespace PlanDesk
