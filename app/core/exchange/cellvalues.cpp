#include "exchange/cellvalues.h"

#include <cmath>

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// The number a numeric cell holds, as Excel shows it: rounded to 15
/// significant digits, in plain (not exponent) notation.
std::optional<QString> plainNumber(const QString &stored)
{
    bool ok = false;
    const double value = stored.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    const double shown = QString::number(value, 'g', 15).toDouble();
    QString plain = QString::number(shown, 'f', QLocale::FloatingPointShortest);
    if (plain.contains(u'.')) {
        while (plain.endsWith(u'0'))
            plain.chop(1);
        if (plain.endsWith(u'.'))
            plain.chop(1);
    }
    return plain;
}

bool looksLikeNotANumber(const QString &text)
{
    static const QRegularExpression pattern(u"^[+-]?(nan|inf|infinity|#.*)$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

} // namespace

QString CellValues::asciiDigits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'０' && u <= u'９')
            out += QChar(u'0' + (u - u'０'));
        else if (u == u'．')
            out += u'.';
        else if (u == u'，')
            out += u',';
        else if (u == u'％')
            out += u'%';
        else if (u == u'－')
            out += u'-';
        else if (u == u'＋')
            out += u'+';
        else if (!c.isSpace())
            out += c;
    }
    return out;
}

QString CellValues::text(const SheetCell &cell)
{
    switch (cell.kind) {
    case SheetCell::Kind::Empty:
        return {};
    case SheetCell::Kind::Date:
        return cell.date.toString(Qt::ISODate);
    case SheetCell::Kind::Number:
        return plainNumber(cell.text).value_or(cell.text);
    case SheetCell::Kind::Text:
        return cell.text.trimmed();
    case SheetCell::Kind::Boolean:
    case SheetCell::Kind::Error:
        return cell.text;
    }
    return cell.text;
}

bool CellValues::flag(const SheetCell &cell)
{
    const QString t = text(cell).toCaseFolded();
    return t == u"true" || t == u"1" || t == u"是";
}

std::optional<int> CellValues::wholePercent(const SheetCell &cell, QString *error)
{
    if (cell.kind == SheetCell::Kind::Date || cell.kind == SheetCell::Kind::Boolean
        || cell.kind == SheetCell::Kind::Error) {
        *error = tr("“%1” is not a percent; write a whole number from 0 to 100.").arg(text(cell));
        return std::nullopt;
    }
    QString typed = cell.kind == SheetCell::Kind::Number ? text(cell) : asciiDigits(cell.text);
    const bool percentSign = typed.endsWith(u'%');
    if (percentSign)
        typed.chop(1);
    const std::optional<Decimal> value = Decimal::parse(typed);
    if (!value) {
        *error = looksLikeNotANumber(typed)
            ? tr("“%1” is not a number; write a whole percent from 0 to 100.").arg(cell.text)
            : tr("“%1” is not a percent; write a whole number from 0 to 100.").arg(cell.text);
        return std::nullopt;
    }
    if (!value->isInteger()) {
        // A cell formatted as a percentage holds 0.6 for 60 %.
        *error =
            cell.kind == SheetCell::Kind::Number && !percentSign && *value < Decimal::fromInteger(1)
            ? tr("%1 is a fraction; write the percent as a whole number (60 for 60%).")
                  .arg(value->toString())
            : tr("%1 is not a whole percent; write a whole number from 0 to 100.")
                  .arg(value->toString());
        return std::nullopt;
    }
    const qint64 whole = value->units() / Decimal::Scale;
    if (whole < 0 || whole > 100) {
        *error = tr("%1% is outside 0–100.").arg(whole);
        return std::nullopt;
    }
    return static_cast<int>(whole);
}

std::optional<Decimal> CellValues::decimal(const SheetCell &cell, QString *error)
{
    QString typed;
    if (cell.kind == SheetCell::Kind::Number) {
        const std::optional<QString> plain = plainNumber(cell.text);
        if (!plain) {
            *error = tr("“%1” is not a number.").arg(cell.text);
            return std::nullopt;
        }
        typed = *plain;
    } else if (cell.kind == SheetCell::Kind::Text) {
        typed = asciiDigits(cell.text);
        static const QRegularExpression grouped(u"^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"_s);
        if (grouped.match(typed).hasMatch())
            typed.remove(u',');
    } else {
        *error = tr("“%1” is not a number.").arg(text(cell));
        return std::nullopt;
    }
    if (const std::optional<Decimal> value = Decimal::parse(typed))
        return value;
    static const QRegularExpression tooPrecise(u"^[+-]?\\d+\\.\\d{5,}$"_s);
    if (tooPrecise.match(typed).hasMatch())
        *error = tr("%1 has more than %2 decimal places.").arg(typed).arg(Decimal::Places);
    else
        *error = tr("“%1” is not a number.").arg(cell.text.trimmed());
    return std::nullopt;
}

std::optional<QDate> CellValues::date(const SheetCell &cell, QString *error)
{
    if (cell.kind == SheetCell::Kind::Date && cell.date.isValid())
        return cell.date;
    if (cell.kind != SheetCell::Kind::Text) {
        *error = tr("“%1” is not a date; write it as 2018-07-05.").arg(text(cell));
        return std::nullopt;
    }
    const QString typed = asciiDigits(cell.text);
    static const QRegularExpression yearFirst(
        u"^(\\d{4})(?:[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?|(\\d{2})(\\d{2}))$"_s);
    const QRegularExpressionMatch m = yearFirst.match(typed);
    if (m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int month = (m.hasCaptured(2) ? m.captured(2) : m.captured(4)).toInt();
        const int day = (m.hasCaptured(3) ? m.captured(3) : m.captured(5)).toInt();
        const QDate date(year, month, day);
        if (date.isValid())
            return date;
        *error = tr("“%1” is not a day of the calendar.").arg(cell.text.trimmed());
        return std::nullopt;
    }
    static const QRegularExpression dayOrMonthFirst(u"^\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}$"_s);
    if (dayOrMonthFirst.match(typed).hasMatch()) {
        *error = tr("“%1” is ambiguous (which is the day, which the month?); write the date "
                    "year first, as 2018-07-05.")
                     .arg(cell.text.trimmed());
        return std::nullopt;
    }
    *error = tr("“%1” is not a date; write it as 2018-07-05.").arg(cell.text.trimmed());
    return std::nullopt;
}

} // namespace PlanDesk
