#pragma once

#include <QCoreApplication>
#include <QFont>

#include "domain/period.h"
#include "reporttable.h"
#include "rules/assessment.h"
#include "util/result.h"

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace PlanDesk {

class PageWriter;

/// What the printed assessment shows: the ranking and what it is of.
struct AssessmentReport
{
    QString planTitle;
    QString period; ///< as Period writes it: "2019", "2019-Q4"
    Assessment assessment;
    bool sample = false; ///< rounds, reports or action items made by --demo

    /// Assesses `data` for `period` as of `asOf` (see assess()).
    static AssessmentReport make(const SupervisionData &data, const Period &period,
                                 const QDate &asOf);
};

/// The department assessment (部门督导考核) on A4: title, what was assessed
/// and how, then the ranking table with unscored departments last.
///
/// Like BriefingComposer, one paint routine, print(), feeds the preview, the
/// printer and the PDF file, with "page N of M" in the footer.
class AssessmentComposer
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentComposer)

public:
    explicit AssessmentComposer(const AssessmentReport &report);

    Result<int> print(QPagedPaintDevice &device) const;
    Result<int> writePdf(QIODevice &device) const;
    /// Writes a PDF file, replacing it only once complete.
    Result<int> writePdf(const QString &path) const;

    /// The ranking as printed; the columns match assessmentTable()'s, with
    /// each part's met/counted and percent in one cell.
    static ReportTable table(const Assessment &assessment);
    /// "2019", "2019 H2", "2019 Q4" in words, for titles and file names.
    static QString periodName(const Period &period);
    /// A part's cell: "3/4 (75.0%)", or "—" when nothing counted.
    static QString tallyText(const ScoreTally &tally);
    static QString scoreText(const std::optional<double> &score);
    /// The weights and what each part counts, in one paragraph.
    static QString rules(const Assessment &assessment);

private:
    void compose(PageWriter &writer) const;
    void decorate(QPainter &painter, const PageWriter &writer, int pages) const;
    QString date(const QDate &date) const;

    AssessmentReport m_report; // a copy: the composer may outlive what it was given
    QFont m_body;
    QFont m_small;
};

} // namespace PlanDesk
