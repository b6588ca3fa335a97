#include "plans/orderedjson.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

void writeString(QString &out, const QString &text)
{
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\b':
            out += u"\\b"_s;
            break;
        case u'\f':
            out += u"\\f"_s;
            break;
        default:
            if (c.unicode() < 0x20)
                out += u"\\u%1"_s.arg(static_cast<int>(c.unicode()), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    out += u'"';
}

} // namespace

OrderedJson::OrderedJson(Kind kind, QString scalar)
    : m_kind(kind)
    , m_scalar(std::move(scalar))
{
}

OrderedJson::OrderedJson(const QString &text)
    : OrderedJson(Kind::String, text)
{
}

OrderedJson::OrderedJson(int number)
    : OrderedJson(Kind::Number, QString::number(number))
{
}

OrderedJson OrderedJson::object()
{
    return OrderedJson(Kind::Object);
}

OrderedJson OrderedJson::array()
{
    return OrderedJson(Kind::Array);
}

OrderedJson OrderedJson::number(const QString &digits)
{
    return OrderedJson(Kind::Number, digits);
}

OrderedJson &OrderedJson::add(const QString &key, OrderedJson value)
{
    Q_ASSERT(m_kind == Kind::Object);
    m_keys.push_back(key);
    m_values.push_back(std::move(value));
    return *this;
}

OrderedJson &OrderedJson::append(OrderedJson value)
{
    Q_ASSERT(m_kind == Kind::Array);
    m_values.push_back(std::move(value));
    return *this;
}

QByteArray OrderedJson::toJson() const
{
    QString out;
    write(out, 0);
    out += u'\n';
    return out.toUtf8();
}

void OrderedJson::write(QString &out, int indent) const
{
    switch (m_kind) {
    case Kind::String:
        writeString(out, m_scalar);
        return;
    case Kind::Number:
        out += m_scalar;
        return;
    case Kind::Object:
    case Kind::Array:
        break;
    }
    const bool isObject = m_kind == Kind::Object;
    out += isObject ? u'{' : u'[';
    if (!m_values.empty()) {
        const QString inner(indent + 2, u' ');
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            out += (i == 0 ? u"\n"_s : u",\n"_s) + inner;
            if (isObject) {
                writeString(out, m_keys[i]);
                out += u": "_s;
            }
            m_values[i].write(out, indent + 2);
        }
        out += u'\n' + QString(indent, u' ');
    }
    out += isObject ? u'}' : u']';
}

} // namespace PlanDesk
