#pragma once

#include <functional>

#include <QCoreApplication>
#include <QFont>

#include "util/result.h"

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace PlanDesk {

class PageWriter;

/// What the printouts (briefing, assessment) share: A4 portrait with the
/// same margins, two passes so the footer can say "page N of M", and a PDF
/// written whole with its text kept searchable.
class PagedOutput
{
    Q_DECLARE_TR_FUNCTIONS(PagedOutput)

public:
    using Compose = std::function<void(PageWriter &)>;
    using Decorate = std::function<void(QPainter &, const PageWriter &, int pages)>;
    using Print = std::function<Result<int>(QPagedPaintDevice &)>;

    /// Sets A4 portrait with the printouts' margins on `device`.
    static void setUpPage(QPagedPaintDevice &device);
    /// Counts the pages `compose` fills, then paints them, each decorated
    /// (the first only when `decorateFirstPage`); returns the page count.
    static Result<int> print(QPagedPaintDevice &device, bool decorateFirstPage,
                             const Compose &compose, const Decorate &decorate);
    /// The running header (the plan on the left, what the printout is on
    /// the right, a rule under them) and the footer (the office, "page N of
    /// M", and a note when the figures are sample data).
    static void decorate(QPainter &painter, const PageWriter &writer, int pages, const QFont &font,
                         const QString &left, const QString &right, bool sample);
    /// Runs `print` on a PDF writer and writes the document to `device`.
    static Result<int> writePdf(QIODevice &device, const QString &title, const Print &print);
    /// The same into a file, replaced only once the document is complete.
    static Result<int> writePdf(const QString &path, const QString &title, const Print &print);
};

} // namespace PlanDesk
