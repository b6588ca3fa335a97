#pragma once

#include <memory>
#include <optional>

#include <QDialog>

#include "briefingcomposer.h"
#include "domain/entities.h"
#include "util/result.h"

class QCheckBox;

namespace Ui {
class BriefingDialog;
}

namespace PlanDesk {

class Workspace;

/// Prints the regular-meeting briefing (工作进展通报), previews it or saves
/// it as PDF. The user picks the as-of date (the workspace's to begin
/// with), the meeting whose minutes it carries (the latest held by the date
/// unless another held by then is chosen) and the sections, which are
/// remembered for next time. Preview, printer and PDF all go through
/// BriefingComposer::print(), the one paint routine, on a Briefing loaded
/// fresh for each; printing to a PDF file writes it as Save as PDF does.
class BriefingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BriefingDialog)

public:
    /// What the dialog was opened for: its button is the default one.
    enum class Purpose { Print, SavePdf };

    explicit BriefingDialog(Workspace &workspace, Purpose purpose = Purpose::Print,
                            QWidget *parent = nullptr);
    ~BriefingDialog() override;

    QDate asOf() const;
    /// The chosen meeting; none for the latest held by the date.
    std::optional<qint64> meetingId() const;
    BriefingSections sections() const;
    /// The file name the save dialog offers, in the interface's language:
    /// briefing-2019-12-31.pdf, 工作进展通报-2019-12-31.pdf.
    QString defaultFileName() const;

    /// Composes the briefing as chosen and writes it to `path` as PDF (what
    /// Save as PDF… does after its file dialog); returns the page count.
    Result<int> saveTo(const QString &path);

signals:
    /// What was done ("Saved N pages to FILE"), for the status bar.
    void statusMessage(const QString &message);

private:
    struct Section
    {
        QCheckBox *check;
        const char16_t *key;
        bool BriefingSections::*member;
    };

    QList<Section> sectionChecks() const;
    void loadMeetings();
    /// Fills the meeting choice with those held by the date.
    void offerMeetings();
    void restoreSections();
    void rememberSections();
    void updateButtons();
    Result<Briefing> loadBriefing() const;
    void preview();
    void print();
    void saveWithDialog();
    /// saveTo() `path`, then says how it went.
    void writePdf(const QString &path);
    void showError(const QString &text, const QString &details = {});

    std::unique_ptr<Ui::BriefingDialog> m_ui;
    Workspace &m_workspace;
    QList<Meeting> m_meetings; ///< earliest first
};

} // namespace PlanDesk
