#include "exchange/columns.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::ExchangeColumns {

QList<ColumnSpec> progress()
{
    return {
        {u"task"_s, u"任务编号"_s, true},         {u"task_title"_s, u"任务名称"_s, false},
        {u"clause"_s, u"条款原文"_s, false},      {u"role"_s, u"责任类型"_s, false},
        {u"department"_s, u"填报单位"_s, true},   {u"period"_s, u"报送期"_s, true},
        {u"percent"_s, u"完成进度（%）"_s, true}, {u"status"_s, u"状态"_s, true},
        {u"text"_s, u"进展情况"_s, false},        {u"evidence"_s, u"佐证材料"_s, false},
        {u"reported_on"_s, u"填报日期"_s, false},
    };
}

QList<ColumnSpec> values()
{
    return {
        {u"indicator"_s, u"指标代码"_s, true}, {u"name"_s, u"指标名称"_s, false},
        {u"period"_s, u"期间"_s, true},        {u"value"_s, u"数值"_s, true},
        {u"unit"_s, u"单位"_s, false},         {u"source"_s, u"数据来源"_s, false},
        {u"as_of"_s, u"截至日期"_s, true},     {u"note"_s, u"备注"_s, false},
    };
}

QList<ColumnSpec> departments()
{
    return {
        {u"name"_s, u"单位名称"_s, true},
        {u"short_name"_s, u"简称"_s, false},
        {u"kind"_s, u"类型"_s, false},
        {u"contact_person"_s, u"联系人"_s, false},
        {u"contact_phone"_s, u"联系电话"_s, false},
        {u"active"_s, u"在用"_s, false},
    };
}

ColumnSpec sample()
{
    return {u"sample"_s, u"示例数据"_s, false};
}

QStringList statusWords()
{
    return {u"未开始"_s, u"推进中"_s, u"已完成"_s, u"暂停"_s};
}

} // namespace PlanDesk::ExchangeColumns
