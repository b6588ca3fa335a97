#pragma once

#include <vector>

#include <QByteArray>
#include <QString>

namespace PlanDesk {

/// A JSON value whose objects keep their keys in the order they were added
/// (QJsonObject sorts them), written as Python's
/// json.dumps(indent=2, ensure_ascii=False) writes it: two-space indent,
/// UTF-8 with Chinese as is, so a written plan reads like the built-in one.
class OrderedJson
{
public:
    static OrderedJson object();
    static OrderedJson array();
    /// A number written exactly as `digits` (which must be a JSON number).
    static OrderedJson number(const QString &digits);
    OrderedJson(const QString &text);
    OrderedJson(int number);

    /// Adds a member to an object.
    OrderedJson &add(const QString &key, OrderedJson value);
    /// Appends an element to an array.
    OrderedJson &append(OrderedJson value);

    /// The whole document, ending in a newline.
    QByteArray toJson() const;

private:
    enum class Kind { Object, Array, String, Number };
    explicit OrderedJson(Kind kind, QString scalar = {});
    void write(QString &out, int indent) const;

    Kind m_kind;
    QString m_scalar;
    std::vector<QString> m_keys; // objects only
    std::vector<OrderedJson> m_values; // object members or array elements
};

} // namespace PlanDesk
