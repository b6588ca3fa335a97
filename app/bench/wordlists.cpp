#include "wordlists.h"

#include <utility>

#include <QStringView>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench::Words {

namespace {

QString w(const char16_t *text)
{
    return QStringView(text).toString();
}

template<typename List> QString any(Prng &rng, const List &list)
{
    return w(rng.pick(list));
}

const char16_t *const municipal[] = {u"发展改革委",
                                     u"教育局",
                                     u"科技局",
                                     u"工业和信息化局",
                                     u"公安局",
                                     u"民政局",
                                     u"司法局",
                                     u"财政局",
                                     u"人力资源社会保障局",
                                     u"自然资源和规划局",
                                     u"生态环境局",
                                     u"住房城乡建设局",
                                     u"交通运输局",
                                     u"水务局",
                                     u"农业农村局",
                                     u"商务局",
                                     u"文化和旅游局",
                                     u"卫生健康委",
                                     u"退役军人事务局",
                                     u"应急管理局",
                                     u"审计局",
                                     u"国资委",
                                     u"市场监管局",
                                     u"体育局",
                                     u"统计局",
                                     u"医保局",
                                     u"林业局",
                                     u"城市管理局",
                                     u"信访局",
                                     u"大数据局",
                                     u"行政审批服务局",
                                     u"地方金融监管局",
                                     u"粮食和储备局",
                                     u"人防办",
                                     u"气象局",
                                     u"税务局",
                                     u"外事办",
                                     u"民族宗教局",
                                     u"机关事务局",
                                     u"投资促进局",
                                     u"能源局",
                                     u"口岸办",
                                     u"知识产权局",
                                     u"乡村振兴局",
                                     u"住房公积金管理中心",
                                     u"政府办公室",
                                     u"政府研究室",
                                     u"档案馆",
                                     u"公共资源交易中心",
                                     u"不动产登记中心",
                                     u"港航事业发展中心",
                                     u"园林绿化局",
                                     u"城市更新局",
                                     u"数据资源管理局",
                                     u"营商环境建设局",
                                     u"招商服务中心",
                                     u"粮食质量监测站",
                                     u"产品质量检验所",
                                     u"疾病预防控制中心",
                                     u"急救中心",
                                     u"社会保险事业中心",
                                     u"就业服务中心",
                                     u"农业科学研究院",
                                     u"科学技术情报研究所",
                                     u"城乡规划设计研究院",
                                     u"公路事业发展中心",
                                     u"水文中心",
                                     u"地震局",
                                     u"供销社",
                                     u"融媒体中心",
                                     u"文物保护中心",
                                     u"博物馆",
                                     u"图书馆"};

struct KindedName
{
    const char16_t *name;
    const char16_t *shortName;
    DepartmentKind kind;
};
const KindedName others[] = {
    {u"市委组织部", u"组织部", DepartmentKind::Party},
    {u"市委宣传部", u"宣传部", DepartmentKind::Party},
    {u"市委统战部", u"统战部", DepartmentKind::Party},
    {u"市委政法委", u"政法委", DepartmentKind::Party},
    {u"市委编办", u"编办", DepartmentKind::Party},
    {u"市委网信办", u"网信办", DepartmentKind::Party},
    {u"市纪委监委", u"纪委监委", DepartmentKind::Party},
    {u"市委政研室", u"政研室", DepartmentKind::Party},
    {u"市中级人民法院", u"中院", DepartmentKind::Court},
    {u"市人民检察院", u"检察院", DepartmentKind::Procuratorate},
    {u"市海关", u"海关", DepartmentKind::Customs},
    {u"人民银行市分行", u"人民银行", DepartmentKind::Bank},
    {u"农业发展银行市分行", u"农发行", DepartmentKind::Bank},
    {u"国家开发银行市分行", u"国开行", DepartmentKind::Bank},
    {u"市工商联", u"工商联", DepartmentKind::Association},
    {u"市总工会", u"总工会", DepartmentKind::Association},
    {u"团市委", u"团市委", DepartmentKind::Association},
    {u"市妇联", u"妇联", DepartmentKind::Association},
    {u"市科协", u"科协", DepartmentKind::Association},
    {u"市残联", u"残联", DepartmentKind::Association},
    {u"市红十字会", u"红十字会", DepartmentKind::Association},
};

const char16_t *const places[] = {u"东湖区", u"西山区", u"南城区", u"北岸区", u"临港区",
                                  u"青山县", u"白水县", u"清河县", u"长乐县", u"安平县",
                                  u"永宁县", u"新安县", u"平阳县", u"宁远县", u"丰城市",
                                  u"云溪县", u"石门县", u"嘉禾县", u"桃源县", u"高新区"};
// A county's own units, with the short form its name takes in lists.
const std::pair<const char16_t *, const char16_t *> countyUnits[] = {
    {u"人民政府", u"政府"}, {u"发展和改革局", u"发改局"}, {u"财政局", u"财政局"},
    {u"科技局", u"科技局"}, {u"教育局", u"教育局"},       {u"农业农村局", u"农业农村局"}};
const char16_t *const surnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"赵", u"黄",
                                    u"周", u"吴", u"徐", u"孙", u"胡", u"朱", u"高", u"林",
                                    u"何", u"郭", u"马", u"罗", u"梁", u"宋", u"郑", u"谢",
                                    u"韩", u"唐", u"冯", u"于", u"董", u"萧", u"程", u"曹"};
const char16_t *const givenNames[] = {u"伟",   u"芳",   u"娜",   u"敏",   u"静",   u"丽",   u"强",
                                      u"磊",   u"军",   u"洋",   u"勇",   u"艳",   u"杰",   u"娟",
                                      u"涛",   u"明",   u"超",   u"秀英", u"霞",   u"平",   u"刚",
                                      u"桂英", u"建华", u"志强", u"海燕", u"晓东", u"国庆", u"玉兰",
                                      u"文博", u"子涵", u"思远", u"雨萱", u"浩然", u"欣怡"};

const char16_t *const fields[] = {
    u"科技创新", u"先进制造业",   u"数字经济", u"现代服务业", u"乡村振兴",   u"生态环境保护",
    u"城市更新", u"营商环境",     u"对外开放", u"民生保障",   u"教育发展",   u"医疗卫生",
    u"文化旅游", u"交通基础设施", u"水利建设", u"能源保障",   u"安全生产",   u"社会治理",
    u"知识产权", u"人才发展",     u"金融服务", u"粮食安全",   u"养老服务",   u"住房保障",
    u"就业创业", u"市场监管",     u"政务服务", u"绿色低碳",   u"新型城镇化", u"区域协调发展"};
const char16_t *const verbs[] = {u"推进", u"加快", u"深化", u"完善", u"健全", u"强化",
                                 u"提升", u"实施", u"建立", u"优化", u"培育", u"打造"};
const char16_t *const objects[] = {
    u"体制机制改革", u"重点项目建设", u"示范区创建",   u"标准体系建设", u"公共服务平台建设",
    u"专项行动",     u"监管机制",     u"人才队伍建设", u"政策支持体系", u"基础设施建设",
    u"试点示范",     u"产业集群发展", u"协同联动机制", u"考核评价制度", u"信息化建设",
    u"投融资机制",   u"公共服务供给", u"风险防控体系"};
const char16_t *const groupForms[] = {u"推动%1高质量发展", u"全面深化%1改革", u"着力提升%1水平",
                                      u"扎实推进%1工作"};
const char16_t *const safeguards[] = {u"加强组织领导", u"强化要素保障", u"健全督查考核",
                                      u"加大财政投入", u"营造良好氛围", u"强化人才支撑"};
const char16_t *const goals[] = {u"基本形成布局合理、协同高效的发展格局", u"取得明显成效",
                                 u"实现全覆盖", u"主要指标达到全省先进水平",
                                 u"形成一批可复制可推广的经验做法"};
const char16_t *const itemTitles[] = {
    u"制定实施方案", u"开展调研摸底", u"组织专项督查", u"完成年度目标任务", u"建立工作台账",
    u"出台配套政策", u"召开推进会议", u"开展评估验收", u"建设信息平台",     u"组织培训交流",
    u"总结推广经验", u"编制项目清单", u"落实资金保障", u"开展第三方评估"};
const char16_t *const evidences[] = {u"工作方案", u"会议纪要", u"现场照片", u"统计报表",
                                     u"验收报告", u"政策文件", u"项目清单", u"培训签到表"};
const char16_t *const areas[] = {u"全市",   u"中心城区", u"东湖区", u"西山区", u"南城区",
                                 u"青山县", u"白水县",   u"清河县", u"高新区", u"经开区"};
const char16_t *const meetingPlaces[] = {u"市政府第一会议室", u"市政府第三会议室",
                                         u"市行政中心1号会议室", u"市委常委会议室"};
const char16_t *const chairs[] = {u"市长", u"常务副市长", u"分管副市长", u"市政府秘书长"};
const char16_t *const chineseDigits[] = {u"",   u"一", u"二", u"三", u"四",
                                         u"五", u"六", u"七", u"八", u"九"};

} // namespace

QList<DepartmentName> departmentPool()
{
    QList<DepartmentName> pool;
    for (const char16_t *stem : municipal)
        pool << DepartmentName {u"市"_s + w(stem), w(stem), DepartmentKind::Government};
    for (const KindedName &o : others)
        pool << DepartmentName {w(o.name), w(o.shortName), o.kind};
    for (const auto &[unit, shortUnit] : countyUnits) {
        for (const char16_t *place : places)
            pool << DepartmentName {w(place) + w(unit), w(place).left(2) + w(shortUnit),
                                    DepartmentKind::Government};
    }
    return pool;
}

// Each draw in its own statement: the operands of + are evaluated in no
// fixed order, and the same seed must give the same words everywhere.
QString personName(Prng &rng)
{
    const QString surname = any(rng, surnames);
    return surname + any(rng, givenNames);
}

QString phoneNumber(Prng &rng)
{
    if (rng.chance(40))
        return u"1%1%2"_s.arg(rng.between(30, 99)).arg(rng.between(10000000, 99999999));
    return u"0537-%1"_s.arg(rng.between(2000000, 3999999));
}

QString chineseNumber(int n)
{
    if (n < 10)
        return w(chineseDigits[n]);
    const QString tens = n / 10 == 1 ? QString() : w(chineseDigits[n / 10]);
    return tens + u"十"_s + w(chineseDigits[n % 10]);
}

QString field(Prng &rng)
{
    return any(rng, fields);
}

QString keyTaskGroupTitle(Prng &rng)
{
    return w(rng.pick(groupForms)).arg(field(rng));
}

QString safeguardGroupTitle(int index)
{
    const int n = static_cast<int>(std::size(safeguards));
    return index < n ? w(safeguards[index])
                     : w(safeguards[index % n]) + u"（%1）"_s.arg(chineseNumber(index / n + 1));
}

QString taskTitle(Prng &rng, const QString &fieldName)
{
    const QString verb = any(rng, verbs);
    return verb + fieldName + any(rng, objects);
}

QString taskClause(Prng &rng, const QString &title, const QString &fieldName, int dueYear,
                   const QString &lead, const QStringList &cooperating)
{
    QString text = title + u"。围绕"_s + fieldName + u"，"_s;
    for (int i = 0; i < 2; ++i) {
        text += any(rng, verbs);
        text += any(rng, objects);
        text += u"，"_s;
    }
    text += u"到%1年"_s.arg(dueYear);
    text += any(rng, goals);
    text += u"。"_s;
    if (cooperating.isEmpty())
        return text + u"（%1负责）"_s.arg(lead);
    return text + u"（%1牵头，%2配合）"_s.arg(lead, cooperating.join(u'、'));
}

QString workItemTitle(Prng &rng)
{
    return any(rng, itemTitles);
}

QString workItemClause(const QString &title, const QDate &due)
{
    return u"%1，%2年%3月底前完成。"_s.arg(title).arg(due.year()).arg(due.month());
}

QString leadReportText(Prng &rng, const QString &department, const QString &title, int percent)
{
    if (rng.chance(50))
        return u"%1报送：“%2”稳步推进，累计完成%3%。"_s.arg(department, title).arg(percent);
    return u"%1：本季度围绕“%2”%3，累计完成%4%。"_s.arg(department, title, any(rng, itemTitles))
        .arg(percent);
}

QString cooperatingReportText(Prng &rng, const QString &department, const QString &title)
{
    return u"%1配合推进“%2”，本季度%3。"_s.arg(department, title, any(rng, itemTitles));
}

QString evidence(Prng &rng)
{
    const QString first = any(rng, evidences);
    return first + u"、"_s + any(rng, evidences);
}

QString correctionNote(int k)
{
    return u"（第%1次按督查室意见修改）"_s.arg(k);
}

const QList<Measure> &measures()
{
    using C = Comparison;
    static const QList<Measure> list = {
        {u"地区生产总值增长"_s, u"GDP增速"_s, u"%"_s, C::GreaterOrEqual, 6.5, 7.0},
        {u"一般公共预算收入"_s, u"财政收入"_s, u"亿元"_s, C::GreaterOrEqual, 300, 520, true},
        {u"研发经费投入强度"_s, u"研发强度"_s, u"%"_s, C::GreaterOrEqual, 2.0, 3.0},
        {u"高新技术企业数量"_s, u"高企数"_s, u"家"_s, C::GreaterOrEqual, 300, 1200, true},
        {u"每万人口高价值发明专利拥有量"_s, u"高价值专利"_s, u"件"_s, C::GreaterOrEqual, 2, 12},
        {u"城镇调查失业率"_s, u"失业率"_s, u"%"_s, C::LessOrEqual, 5.5, 5.0},
        {u"PM2.5平均浓度"_s, u"PM2.5"_s, u"微克/立方米"_s, C::LessOrEqual, 55, 35},
        {u"空气质量优良天数比例"_s, u"优良天数"_s, u"%"_s, C::GreaterOrEqual, 70, 85},
        {u"城镇居民人均可支配收入"_s, u"城镇收入"_s, u"元"_s, C::GreaterOrEqual, 30000, 52000},
        {u"农村居民人均可支配收入"_s, u"农村收入"_s, u"元"_s, C::GreaterOrEqual, 14000, 26000},
        {u"常住人口城镇化率"_s, u"城镇化率"_s, u"%"_s, C::GreaterOrEqual, 55, 68},
        {u"新增城镇就业人数"_s, u"新增就业"_s, u"万人"_s, C::GreaterOrEqual, 5, 8, true},
        {u"实际使用外资"_s, u"利用外资"_s, u"亿美元"_s, C::GreaterOrEqual, 5, 12, true},
        {u"进出口总额"_s, u"进出口"_s, u"亿元"_s, C::GreaterOrEqual, 500, 900, true},
        {u"社会消费品零售总额"_s, u"社零额"_s, u"亿元"_s, C::GreaterOrEqual, 1500, 2600, true},
        {u"每千人口执业（助理）医师数"_s, u"千人医师"_s, u"人"_s, C::GreaterOrEqual, 2.5, 3.4},
        {u"学前教育毛入园率"_s, u"入园率"_s, u"%"_s, C::GreaterOrEqual, 85, 95},
        {u"森林覆盖率"_s, u"森林覆盖"_s, u"%"_s, C::GreaterOrEqual, 15, 18},
        {u"地表水国控断面优良比例"_s, u"水质优良"_s, u"%"_s, C::GreaterOrEqual, 60, 80},
        {u"数字经济核心产业增加值占比"_s, u"数字经济"_s, u"%"_s, C::GreaterOrEqual, 5, 10},
        {u"5G基站数量"_s, u"5G基站"_s, u"个"_s, C::GreaterOrEqual, 500, 9000, true},
        {u"生产安全事故死亡人数"_s, u"事故死亡"_s, u"人"_s, C::LessOrEqual, 120, 60, true},
        {u"万元地区生产总值用水量"_s, u"万元用水"_s, u"立方米"_s, C::LessOrEqual, 40, 30},
        {u"城市污水处理率"_s, u"污水处理"_s, u"%"_s, C::GreaterOrEqual, 90, 98},
        {u"政务服务事项网上可办率"_s, u"网上可办"_s, u"%"_s, C::GreaterOrEqual, 60, 100},
        {u"技术合同成交额"_s, u"技术合同"_s, u"亿元"_s, C::GreaterOrEqual, 20, 120, true},
    };
    return list;
}

QString indicatorArea(Prng &rng)
{
    return any(rng, areas);
}

QString meetingPlace(Prng &rng)
{
    return any(rng, meetingPlaces);
}

QString meetingChair(Prng &rng)
{
    return any(rng, chairs);
}

} // namespace PlanDesk::Bench::Words
