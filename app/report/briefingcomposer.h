#pragma once

#include <QCoreApplication>
#include <QFont>

#include "report/briefing.h"
#include "util/result.h"

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace PlanDesk {

class PageWriter;

/// Which parts of the briefing to print; all by default.
struct BriefingSections
{
    bool cover = true;
    bool summary = true;
    bool indicators = true;
    bool tasks = true;
    bool overdue = true;
    bool rounds = true;
    bool assessment = true;
    bool actions = true;
    bool minutes = true;
};

/// The regular-meeting briefing (工作进展通报) on paper: cover, key numbers
/// with charts, the targets with a chart each, the task table by the
/// document's groups, overdue items by department, the reporting round being
/// collected, the department assessment, the action items still open and
/// the chosen meeting's minutes with their amendments.
///
/// One paint routine, print(), serves the print preview, the printer and the
/// PDF file: it sets A4 portrait on the device, counts the pages, then paints
/// them with a running header, a footer and "page N of M". Charts are drawn
/// as vectors.
class BriefingComposer
{
    Q_DECLARE_TR_FUNCTIONS(BriefingComposer)

public:
    BriefingComposer(const Briefing &briefing, BriefingSections sections = {});

    /// Paints every page on `device`; returns the number of pages, or fails
    /// when painting on the device cannot start.
    Result<int> print(QPagedPaintDevice &device) const;
    /// Writes the briefing as a PDF document to `device` (a file, a buffer);
    /// returns the number of pages.
    Result<int> writePdf(QIODevice &device) const;
    /// Writes it to a PDF file, replacing it only once complete.
    Result<int> writePdf(const QString &path) const;

    /// Sets A4 portrait with the briefing's margins on `device`.
    static void setUpPage(QPagedPaintDevice &device);

private:
    void compose(PageWriter &writer) const;
    void writeCover(PageWriter &writer) const;
    void writeSummary(PageWriter &writer, const QString &numbering) const;
    void writeIndicators(PageWriter &writer, const QString &numbering) const;
    void writeTasks(PageWriter &writer, const QString &numbering) const;
    void writeOverdue(PageWriter &writer, const QString &numbering) const;
    void writeRounds(PageWriter &writer, const QString &numbering) const;
    void writeAssessment(PageWriter &writer, const QString &numbering) const;
    void writeActions(PageWriter &writer, const QString &numbering) const;
    void writeAmendments(PageWriter &writer) const;
    void writeMinutes(PageWriter &writer, const QString &numbering) const;
    /// A section heading kept on one page with the next `keepWithMm`.
    void heading(PageWriter &writer, const QString &text, qreal keepWithMm = 25) const;
    void decorate(QPainter &painter, const PageWriter &writer, int pages) const;
    QString date(const QDate &date) const;

    Briefing m_briefing; // a copy: the composer may outlive what it was given
    BriefingSections m_sections;
    QFont m_body;
    QFont m_small;
};

} // namespace PlanDesk
