#include "domain/taskcode.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

QString TaskCode::toString() const
{
    QString code = kind == GroupKind::Safeguard ? u"保障%1"_s.arg(number) : QString::number(number);
    if (item)
        code += u'.' + QString::number(*item);
    return code;
}

std::optional<TaskCode> TaskCode::parse(const QString &text)
{
    static const QRegularExpression pattern(
        u"^\\s*(保障措施|保障|任务|[Ss])?\\s*(\\d{1,4})(?:\\s*\\.\\s*(\\d{1,4}))?\\s*$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    TaskCode code;
    const QString prefix = m.captured(1);
    code.kind = prefix.startsWith(u"保障") || prefix.compare(u"s"_s, Qt::CaseInsensitive) == 0
        ? GroupKind::Safeguard
        : GroupKind::KeyTask;
    code.number = m.captured(2).toInt();
    if (m.hasCaptured(3))
        code.item = m.captured(3).toInt();
    if (code.number < 1 || (code.item && *code.item < 1))
        return std::nullopt;
    return code;
}

} // namespace PlanDesk
