#pragma once

#include <functional>

#include <QCoreApplication>

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
    /// Runs `print` on a PDF writer and writes the document to `device`.
    static Result<int> writePdf(QIODevice &device, const QString &title, const Print &print);
    /// The same into a file, replaced only once the document is complete.
    static Result<int> writePdf(const QString &path, const QString &title, const Print &print);
};

} // namespace PlanDesk
