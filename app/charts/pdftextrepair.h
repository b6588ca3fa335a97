#pragma once

#include <QByteArray>

namespace PlanDesk {

/// Makes the text of a PDF written by Qt searchable and copyable as written.
///
/// Qt's PDF writer names each glyph in a font's Unicode map by the lowest
/// code point the font maps to that glyph. Chinese fonts draw the Kangxi
/// and supplementary radicals (U+2E80–U+2FDF) with the very glyphs of the
/// ideographs, so 人, 民, 见 and 革 came out as ⼈, ⺠, ⻅ and ⾰: a search for
/// a task's title found nothing. This rewrites those entries, in place and
/// at the same length (the file's offsets stay valid), to the ideograph that
/// shares the glyph in the briefing's fonts.
QByteArray repairPdfUnicodeMaps(QByteArray pdf);

} // namespace PlanDesk
