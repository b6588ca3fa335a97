#include "exchange/exporttable.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

ExportValue ExportValue::number(qint64 value)
{
    return ExportValue(Kind::Number, QString::number(value));
}

ExportValue ExportValue::number(Decimal value)
{
    return ExportValue(Kind::Number, value.toString());
}

ExportValue ExportValue::number(const std::optional<Decimal> &value)
{
    return value ? number(*value) : ExportValue();
}

ExportValue ExportValue::number(const std::optional<int> &value)
{
    return value ? number(qint64(*value)) : ExportValue();
}

ExportValue ExportValue::boolean(bool value)
{
    return ExportValue(Kind::Boolean, value ? u"true"_s : u"false"_s);
}

ExportValue ExportValue::list(const QStringList &items)
{
    ExportValue v(Kind::List, QString());
    v.m_items = items;
    return v;
}

ExportValue ExportValue::date(const QDate &date)
{
    return date.isValid() ? ExportValue(Kind::Date, date.toString(Qt::ISODate)) : ExportValue();
}

} // namespace PlanDesk
