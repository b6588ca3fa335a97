<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>&amp;Owner department:</source>
        <translation>责任单位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>关联任务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>事项内容(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>完成时限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>办结日期(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>跟进情况(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>ActionReviewRepository</name>
    <message>
        <source>Reading the action items carried into meeting %1</source>
        <translation>读取延续到会议 %1 的督办事项</translation>
    </message>
    <message>
        <source>Reading the follow-up of action item %1</source>
        <translation>读取督办事项 %1 的督办记录</translation>
    </message>
    <message>
        <source>Reading the action item reviews of plan %1</source>
        <translation>读取方案 %1 的督办记录</translation>
    </message>
    <message>
        <source>Reading review %1</source>
        <translation>读取督办记录 %1</translation>
    </message>
    <message>
        <source>Recording the follow-up of action item %1</source>
        <translation>登记督办事项 %1 的督办情况</translation>
    </message>
    <message>
        <source>Deleting review %1</source>
        <translation>删除督办记录 %1</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>待办理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>AgendaProposer</name>
    <message>
        <source>%1. %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>   (%1) %2</source>
        <translation>   （%1）%2</translation>
    </message>
    <message>
        <source>Report on the progress of the key tasks and the main targets.</source>
        <translation>听取领导小组办公室关于重点任务和主要目标进展情况的通报。</translation>
    </message>
    <message numerus="yes">
        <source>Follow up the %n action item(s) of earlier meetings still open:</source>
        <translation>
            <numerusform>督办前次会议尚未办结的%n项督办事项：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, due %3, overdue)</source>
        <translation>%1（%2，办结时限%3，已逾期）</translation>
    </message>
    <message>
        <source>%1 (%2, due %3)</source>
        <translation>%1（%2，办结时限%3）</translation>
    </message>
    <message numerus="yes">
        <source>Tasks far behind pace (%n):</source>
        <translation>
            <numerusform>严重滞后于序时进度的任务（%n项）：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (led by %2; %3% done, overdue since %4)</source>
        <translation>%1（牵头单位：%2；完成%3%，%4起已逾期）</translation>
    </message>
    <message>
        <source>%1 (led by %2; %3% done, %4% expected)</source>
        <translation>%1（牵头单位：%2；完成%3%，序时进度%4%）</translation>
    </message>
    <message numerus="yes">
        <source>Targets behind their required path (%n):</source>
        <translation>
            <numerusform>未达序时要求的主要目标（%n项）：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3 against %4 required</source>
        <translation>%1：%2%3，应达%4</translation>
    </message>
    <message>
        <source>Deploy the next stage&apos;s work and divide responsibility.</source>
        <translation>研究部署下阶段工作，分解责任。</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>&amp;Made on:</source>
        <translation>修正日期(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>修正原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>修正内容(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>&amp;Approved on:</source>
        <translation>审定日期(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>AssessmentComposer</name>
    <message>
        <source>%1 (whole year)</source>
        <translation>%1年（全年）</translation>
    </message>
    <message>
        <source>%1 first half</source>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <source>%1 second half</source>
        <translation>%1年下半年</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1/%2 (%3%)</source>
        <translation>%1/%2（%3%）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reports on time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>Tasks on pace</source>
        <translation>任务序时推进</translation>
    </message>
    <message>
        <source>Action items closed on time</source>
        <translation>督办事项按期办结</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Weights: reports on time %1%, tasks on pace %2%, action items closed on time %3%. Reports owed in rounds due in the period are met when handed in by the due date; tasks the department leads that have started, when on pace or done; action items due in the period, when closed by the due date. The score (out of 100) is the weighted mean of the parts that counted anything; departments with nothing counted are unscored and listed last.</source>
        <translation>权重：按时报送%1%，任务序时推进%2%，督办事项按期办结%3%。本期内到期报送轮次应报的进展，在截止日前报送即为按时；本单位牵头且已开始的任务，进度符合序时要求或已完成即为达标；本期内到期的督办事项，在期限前办结即为按期。得分（满分100）为各有计分项的加权平均；无任何计分项的单位不评分，列于末尾。</translation>
    </message>
    <message>
        <source>Department Assessment</source>
        <translation>部门督导考核</translation>
    </message>
    <message>
        <source>Period: %1 (%2 to %3) · evaluated on %4</source>
        <translation>考核期间：%1（%2至%3）· 评价日%4</translation>
    </message>
    <message>
        <source>Based on sample data made by “plandesk init --demo”; not a real assessment.</source>
        <translation>本考核基于演示用的示例数据，并非真实考核结果。</translation>
    </message>
    <message>
        <source>Department assessment · %1</source>
        <translation>部门督导考核 · %1</translation>
    </message>
    <message>
        <source>Department assessment: %1</source>
        <translation>部门督导考核：%1</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>Reading the assessment weights of plan %1</source>
        <translation>读取方案 %1 的考核权重</translation>
    </message>
    <message>
        <source>Saving the assessment weights of plan %1</source>
        <translation>保存方案 %1 的考核权重</translation>
    </message>
</context>
<context>
    <name>AssignmentRole</name>
    <message>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation>配合单位</translation>
    </message>
</context>
<context>
    <name>AssignmentsDialog</name>
    <message>
        <source>&amp;Lead department:</source>
        <translation>牵头单位(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Cooperating departments:</source>
        <translation>配合单位(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>Reading the history of %1 %2</source>
        <translation>读取 %1 %2 的操作留痕</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>读取操作留痕</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>on opening</source>
        <translation>打开时</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>before upgrading</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>before importing</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>before restoring</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Cannot make the backup folder “%1”.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
    <message>
        <source>Could not remove old backups: %1</source>
        <translation>无法删除旧备份：%1</translation>
    </message>
    <message>
        <source>Nothing was imported, because the backup before it failed: %1</source>
        <translation>导入前的备份失败，未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>“%1”已存在，请另选文件名。</translation>
    </message>
    <message>
        <source>Folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>备份文件不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>The backup “%1” came out empty.</source>
        <translation>生成的备份“%1”为空。</translation>
    </message>
    <message>
        <source>Could not move the backup into place as “%1”.</source>
        <translation>无法将备份保存为“%1”。</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written to the disk; is it full?</source>
        <translation>备份“%1”无法写入磁盘；磁盘是否已满？</translation>
    </message>
    <message>
        <source>Writing the backup “%1” failed; nothing was written under that name and “%2” is unchanged: %3</source>
        <translation>写出备份“%1”失败；该文件名下未写入任何内容，“%2”未改动：%3</translation>
    </message>
</context>
<context>
    <name>BriefingComposer</name>
    <message>
        <source>Progress briefing: %1</source>
        <translation>工作进展通报：%1</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Progress briefing · as of %1</source>
        <translation>工作进展通报 · 截至%1</translation>
    </message>
    <message>
        <source>Office of the leading group</source>
        <translation>领导小组办公室</translation>
    </message>
    <message>
        <source>Progress Briefing</source>
        <translation>工作进展通报</translation>
    </message>
    <message>
        <source>Standing as of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>For: %1 (%2)</source>
        <translation>供%1参阅（%2）</translation>
    </message>
    <message>
        <source>This briefing contains sample data made by “plandesk init --demo”; its figures are not real statistics.</source>
        <translation>本通报含演示用的示例数据，其中数字并非真实统计。</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>保障措施%1</translation>
    </message>
    <message>
        <source>Overall standing</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>As of %1, the plan has %2 key tasks and safeguard measures: %3 done, %4 on pace, %5 behind, %6 far behind or overdue and %7 not started; %8 are past their due date. Of its %9 targets, %10 are met and %11 more are on course to be met by the trend. %12 action items of the leading group are open, %13 of them overdue.</source>
        <translation>截至%1，方案共有重点任务和保障措施%2项：已完成%3项，符合序时进度%4项，滞后%5项，严重滞后或逾期%6项，未开始%7项；已超过完成时限%8项。%9项主要目标中，已达标%10项，按趋势预计另有%11项可如期达标。领导小组督办事项未办结%12项，其中逾期%13项。</translation>
    </message>
    <message>
        <source>Tasks and measures</source>
        <translation>任务和措施</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>已达标目标</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>未办结督办事项</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>主要目标进展</translation>
    </message>
    <message>
        <source>The required path runs straight from the baseline to the target at the end of the target year; the trend is a straight line fitted to the baseline and every value known on %1.</source>
        <translation>序时要求按基期值到目标年末目标值直线推算；趋势为对基期值和截至%1已知各期数值的直线拟合。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Path requires</source>
        <translation>序时要求</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Trend at target year</source>
        <translation>目标年趋势预测</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1%2（%3）</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>will be met</source>
        <translation>可达标</translation>
    </message>
    <message>
        <source>will be missed</source>
        <translation>难以达标</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>No value yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Key tasks and safeguard measures</source>
        <translation>重点任务和保障措施进展</translation>
    </message>
    <message>
        <source>Percent done as reported by the lead department by %1; the pace is the share of each task&apos;s time that has passed.</source>
        <translation>完成进度为牵头单位截至%1报送的数值；序时进度为各项任务时限已过去的比例。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成进度</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1，已逾期</translation>
    </message>
    <message>
        <source>Overdue items by department</source>
        <translation>逾期事项（按责任单位）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>%1: %2 overdue</source>
        <translation>%1：逾期%2项</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>工作事项</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>暂无逾期事项。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进情况</translation>
    </message>
    <message>
        <source>Open then</source>
        <translation>当时未办结</translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>No meeting was held by %1.</source>
        <translation>截至%1尚未召开会议。</translation>
    </message>
    <message>
        <source>Held on: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>主持：%1</translation>
    </message>
    <message>
        <source>Minutes approved on %1</source>
        <translation>纪要已于%1审定</translation>
    </message>
    <message>
        <source>Minutes not yet approved</source>
        <translation>纪要尚未审定</translation>
    </message>
    <message>
        <source>Attended: %1</source>
        <translation>出席：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>纪要</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) of the leading group&apos;s meetings still open on %1, by the meeting that decided them.</source>
        <translation>
            <numerusform>截至%1，领导小组会议督办事项尚有%n项未办结，按作出决定的会议列出如下。</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress reporting</source>
        <translation>进展报送情况</translation>
    </message>
    <message>
        <source>No reporting round had opened by %1.</source>
        <translation>截至%1尚未开启报送轮次。</translation>
    </message>
    <message>
        <source>%1 (period %2), due on %3: %4 reports owed by %5 departments; %6 handed in on time, %7 late, %8 missing after the due date and %9 not yet due.</source>
        <translation>%1（期间%2），%3截止：%5个单位应报%4份；按时报送%6份，迟报%7份，逾期未报%8份，尚未到期%9份。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>应报</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>逾期未报</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Still owed on</source>
        <translation>尚未报送的任务</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Department assessment, %1 to date</source>
        <translation>%1年度部门督导考核（年初至今）</translation>
    </message>
    <message>
        <source>Amendments to the approved minutes</source>
        <translation>已审定纪要的修正</translation>
    </message>
    <message>
        <source>%1. %2 (%3, %4; reason: %5)</source>
        <translation>%1. %2（%3，%4；修正原因：%5）</translation>
    </message>
    <message>
        <source>Judged on %1. %2</source>
        <translation>评价日：%1。%2</translation>
    </message>
    <message>
        <source>The charts show %1 of the %2 targets: red first, then yellow, then those with no value yet, each in the plan&apos;s order.</source>
        <translation>图表列出全部 %2 项目标中的 %1 项：先列红灯，再列黄灯，再列尚无数值的目标，同一灯色按方案顺序排列。</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing for the Regular Meeting</source>
        <translation>例会工作进展通报</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>统计截至(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Minutes of:</source>
        <translation>会议纪要(&amp;M)：</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>包含内容</translation>
    </message>
    <message>
        <source>&amp;Cover page</source>
        <translation>封面(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Overall standing with charts</source>
        <translation>总体情况及图表(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>主要目标进展(&amp;T)</translation>
    </message>
    <message>
        <source>Key &amp;tasks and safeguard measures</source>
        <translation>重点任务和保障措施进展(&amp;T)</translation>
    </message>
    <message>
        <source>O&amp;verdue items by department</source>
        <translation>逾期事项（按责任单位）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Action items from the previous meeting</source>
        <translation>上次会议督办事项落实情况(&amp;A)</translation>
    </message>
    <message>
        <source>Minutes of the &amp;meeting</source>
        <translation>会议纪要(&amp;M)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>保存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Reporting round: who has reported</source>
        <translation>报送轮次：各单位报送情况(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;epartment assessment</source>
        <translation>部门督导考核(&amp;E)</translation>
    </message>
</context>
<context>
    <name>BriefingLoader</name>
    <message>
        <source>Preparing the briefing of plan %1 on %2</source>
        <translation>生成方案 %1 截至 %2 的通报</translation>
    </message>
    <message>
        <source>there is no meeting %1 in this plan</source>
        <translation>本方案中没有编号为 %1 的会议</translation>
    </message>
    <message>
        <source>meeting %1 was held on %2, after the briefing&apos;s date</source>
        <translation>会议 %1 于 %2 召开，晚于通报的统计日期</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>“%1” is not a percent; write a whole number from 0 to 100.</source>
        <translation>“%1”不是百分比，请填写 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>“%1” is not a number; write a whole percent from 0 to 100.</source>
        <translation>“%1”不是数字，请填写 0 到 100 之间的整数百分比。</translation>
    </message>
    <message>
        <source>%1 is a fraction; write the percent as a whole number (60 for 60%).</source>
        <translation>%1 是小数，请将百分比写为整数（60% 写作 60）。</translation>
    </message>
    <message>
        <source>%1 is not a whole percent; write a whole number from 0 to 100.</source>
        <translation>%1 不是整数百分比，请填写 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>%1% is outside 0–100.</source>
        <translation>%1% 超出 0–100 的范围。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimal places.</source>
        <translation>%1 的小数位数超过 %2 位。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2018-07-05.</source>
        <translation>“%1”不是日期，请按 2018-07-05 的格式填写。</translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar.</source>
        <translation>“%1”不是日历上存在的日期。</translation>
    </message>
    <message>
        <source>“%1” is ambiguous (which is the day, which the month?); write the date year first, as 2018-07-05.</source>
        <translation>“%1”有歧义（无法确定哪个是日、哪个是月），请按年份在前的格式填写日期，如 2018-07-05。</translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Write a consistent copy of a database, even while PlanDesk is using it.</source>
        <translation>为数据库生成一致的备份副本，PlanDesk 正在使用该数据库时也可执行。</translation>
    </message>
    <message>
        <source>The database to copy.</source>
        <translation>要备份的数据库。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份至 %2。</translation>
    </message>
    <message>
        <source>Check a database&apos;s integrity and foreign keys without changing it.</source>
        <translation>检查数据库的完整性和外键，不修改数据库。</translation>
    </message>
    <message>
        <source>The database to check.</source>
        <translation>要检查的数据库。</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed the check with %n problem(s):</source>
        <translation>
            <numerusform>%1 未通过检查，发现 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>ok: %1 (schema %2): %3</source>
        <translation>检查通过：%1（数据结构版本 %2）：%3</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “plandesk --help”.</source>
        <translation>未知命令“%1”。请运行“plandesk --help”查看用法。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助信息。</translation>
    </message>
    <message numerus="yes">
        <source>%1: expected %n argument(s), got %2.</source>
        <translation>
            <numerusform>%1：应提供 %n 个参数，实际提供了 %2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <source>The database to read.</source>
        <translation>要读取的数据库。</translation>
    </message>
    <message>
        <source>The file to write; “-” or none for standard output.</source>
        <translation>要写入的文件；指定“-”或不指定时输出到标准输出。</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; use one of: %2.</source>
        <translation>未知的记录类型“%1”，可选类型：%2。</translation>
    </message>
    <message>
        <source>The database file to create (must not exist).</source>
        <translation>要新建的数据库文件（不能是已有文件）。</translation>
    </message>
    <message>
        <source>Add sample progress, indicator values and meetings, marked as sample data.</source>
        <translation>添加示例进展、指标数值和会议，并标记为示例数据。</translation>
    </message>
    <message>
        <source>Created %1 with “%2”: %3 tasks and measures, %4 departments, %5 indicators%6.</source>
        <translation>已新建 %1 并写入“%2”：任务和措施 %3 项，单位 %4 个，指标 %5 项%6。</translation>
    </message>
    <message>
        <source>, plus sample data</source>
        <translation>，另含示例数据</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The database to report on.</source>
        <translation>要生成通报的数据库。</translation>
    </message>
    <message>
        <source>The PDF file to write; “-” for standard output.</source>
        <translation>要写入的 PDF 文件；“-”表示标准输出。</translation>
    </message>
    <message>
        <source>Report the standing on this date (default: today).</source>
        <translation>按此日期统计（默认为今天）。</translation>
    </message>
    <message>
        <source>The meeting whose minutes to include (default: the latest held by the date).</source>
        <translation>收录其纪要的会议（默认为该日期前最近召开的一次）。</translation>
    </message>
    <message>
        <source>--as-of takes a date like 2019-06-30, not “%1”.</source>
        <translation>--as-of 应为形如 2019-06-30 的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>--meeting takes a meeting number, not “%1”.</source>
        <translation>--meeting 应为会议编号，而不是“%1”。</translation>
    </message>
    <message>
        <source>“%1” holds no plan to report on.</source>
        <translation>“%1”中没有可生成通报的方案。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the briefing as of %1 to %2: %n page(s).</source>
        <translation>
            <numerusform>已将截至 %1 的通报写入 %2，共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to standard output failed: %1</source>
        <translation>写入标准输出失败：%1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>--out “%1” is the database itself (or one of its files); choose another file.</source>
        <translation>--out “%1”就是数据库本身（或其附属文件），请另选一个文件。</translation>
    </message>
    <message>
        <source>assessment only: the period to assess, e.g. 2019, 2019-H2 or 2019-Q4 (default: the year of --as-of).</source>
        <translation>仅用于 assessment：考核期间，如 2019、2019-H2 或 2019-Q4（默认：--as-of 所在年度）。</translation>
    </message>
    <message>
        <source>assessment only: judge on this date (default: today).</source>
        <translation>仅用于 assessment：按此日期评价（默认：今天）。</translation>
    </message>
    <message>
        <source>--period and --as-of apply to the assessment only.</source>
        <translation>--period 和 --as-of 仅适用于 assessment。</translation>
    </message>
    <message>
        <source>--period takes a period like 2019, 2019-H2, 2019-Q4 or 2019-05, not “%1”.</source>
        <translation>--period 须为 2019、2019-H2、2019-Q4 或 2019-05 这样的期间，而不是“%1”。</translation>
    </message>
    <message>
        <source>Write the regular-meeting briefing (charts, targets, tasks, overdue items, the reporting round, the department assessment, action items and minutes) as an A4 PDF.</source>
        <translation>将例会工作进展通报（图表、主要目标、任务、逾期事项、进展报送情况、部门督导考核、督办事项和会议纪要）生成为 A4 PDF。</translation>
    </message>
    <message>
        <source>Write one kind of record as CSV, JSON or an Excel workbook (.xlsx), or the whole plan as a JSON plan file.</source>
        <translation>将某一类记录导出为 CSV、JSON 或 Excel 工作簿（.xlsx），或将整个方案导出为 JSON 方案文件。</translation>
    </message>
    <message>
        <source>csv (UTF-8 with BOM, for Excel), json, or xlsx (needs --out).</source>
        <translation>csv（带 BOM 的 UTF-8，供 Excel 使用）、json 或 xlsx（须指定 --out）。</translation>
    </message>
    <message>
        <source>plan only: the id of the plan to write (when the database holds several).</source>
        <translation>仅用于 plan：要导出的方案编号（数据库中有多个方案时使用）。</translation>
    </message>
    <message>
        <source>--plan applies to the plan only.</source>
        <translation>--plan 仅适用于 plan。</translation>
    </message>
    <message>
        <source>--format must be csv, json or xlsx.</source>
        <translation>--format 须为 csv、json 或 xlsx。</translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE (or --out - for standard output).</source>
        <translation>--format xlsx 须指定 --out FILE（或用 --out - 输出到标准输出）。</translation>
    </message>
    <message>
        <source>A plan is written as a JSON plan file only; use --format json.</source>
        <translation>方案只能导出为 JSON 方案文件，请使用 --format json。</translation>
    </message>
    <message>
        <source>“%1” holds no plan with the id “%2”.</source>
        <translation>“%1”中没有编号为“%2”的方案。</translation>
    </message>
    <message>
        <source>“%1” holds no plan.</source>
        <translation>“%1”中没有方案。</translation>
    </message>
    <message>
        <source>“%1” holds %2 plans; choose one with --plan: %3.</source>
        <translation>“%1”中有 %2 个方案，请用 --plan 指定其中一个：%3。</translation>
    </message>
    <message>
        <source>Import one file into the database, all or nothing: every problem is listed with its file, sheet, row and column, and then nothing is written.</source>
        <translation>将一个文件导入数据库，要么全部导入，要么全不导入：如有问题，将逐一列出其所在的文件、工作表、行和列，且不写入任何内容。</translation>
    </message>
    <message>
        <source>An .xlsx workbook or a CSV file; for a plan, a plan file (.json).</source>
        <translation>一个 .xlsx 工作簿或 CSV 文件；导入方案时为方案文件（.json）。</translation>
    </message>
    <message>
        <source>The database to import into.</source>
        <translation>要导入的数据库。</translation>
    </message>
    <message>
        <source>The day of the import (default: today): a blank report date means it, and no date may lie after it.</source>
        <translation>导入日期（默认为今天）：报送日期为空的按此日期计，且任何日期都不得晚于此日期。</translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>检查文件并说明将有哪些更改，不写入任何内容。</translation>
    </message>
    <message>
        <source>--as-of and --dry-run apply to progress and values only.</source>
        <translation>--as-of 和 --dry-run 仅适用于 progress 和 values。</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>Imported the plan in %1 as plan %2.</source>
        <translation>已将 %1 中的方案导入为方案 %2。</translation>
    </message>
    <message>
        <source>“%1” holds no plan to import into.</source>
        <translation>“%1”中没有方案，无法导入。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>未导入任何内容：发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checks out: %2. Nothing was written (--dry-run).</source>
        <translation>%1 检查通过：%2。未写入任何内容（--dry-run）。</translation>
    </message>
    <message>
        <source>%1 holds nothing new: %2.</source>
        <translation>%1 中没有新内容：%2。</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>已导入 %1：%2。</translation>
    </message>
    <message>
        <source>There is no reporting round for %1; the database has no rounds yet.</source>
        <translation>没有 %1 的报送轮次；数据库中尚无报送轮次。</translation>
    </message>
    <message>
        <source>There is no reporting round for %1; the rounds are: %2.</source>
        <translation>没有 %1 的报送轮次；现有报送轮次为：%2。</translation>
    </message>
    <message>
        <source>--department: there is no department named “%1”.</source>
        <translation>--department：没有名为“%1”的单位。</translation>
    </message>
    <message>
        <source>Write the returns templates (.xlsx) of a reporting round: one per department owing reports, listing exactly the reports it owes.</source>
        <translation>生成某一报送轮次的进展报送模板（.xlsx）：每个应报单位一份，只列出该单位应报送的各项进展。</translation>
    </message>
    <message>
        <source>The round&apos;s period, e.g. 2018-Q2 or 2019-H1.</source>
        <translation>报送轮次的期间，如 2018-Q2 或 2019-H1。</translation>
    </message>
    <message>
        <source>The folder to write into (created if missing).</source>
        <translation>要写入的文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Only the template of this department (its name).</source>
        <translation>只生成该单位的模板（填写单位名称）。</translation>
    </message>
    <message>
        <source>One workbook for all departments.</source>
        <translation>所有单位共用一个工作簿。</translation>
    </message>
    <message>
        <source>Replace templates of the same names in the folder.</source>
        <translation>覆盖文件夹中的同名模板。</translation>
    </message>
    <message>
        <source>“%1” was written by an older PlanDesk; open it in PlanDesk once to upgrade it (a backup is kept), then run this command again.</source>
        <translation>“%1”由旧版 PlanDesk 写入；请先在 PlanDesk 中打开一次以完成升级（会保留备份），然后再运行此命令。</translation>
    </message>
    <message>
        <source>Create a new database holding the built-in plan, or the plan of a plan file.</source>
        <translation>新建数据库，写入内置方案，或方案文件中的方案。</translation>
    </message>
    <message>
        <source>A plan file (docs/plan-format.md) to start from instead of the built-in plan.</source>
        <translation>以方案文件（docs/plan-format.md）代替内置方案。</translation>
    </message>
    <message>
        <source>--demo goes with the built-in plan only, not with --plan.</source>
        <translation>--demo 只能用于内置方案，不能与 --plan 同用。</translation>
    </message>
    <message>
        <source>--one-workbook and --department exclude each other: one department&apos;s template is one workbook already.</source>
        <translation>--one-workbook 与 --department 不能同用：一个单位的模板本来就是一个工作簿。</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist); without it, a backup goes into the database&apos;s backup folder.</source>
        <translation>要写出的备份文件（不得已存在）；不指定时备份写入数据库的备份文件夹。</translation>
    </message>
    <message>
        <source>List a database&apos;s automatic backups, newest first, with what each holds.</source>
        <translation>列出数据库的自动备份（最新的在前）及各备份的内容。</translation>
    </message>
    <message>
        <source>The database whose backups to list.</source>
        <translation>要列出其备份的数据库。</translation>
    </message>
    <message>
        <source>No backups of %1 in %2.</source>
        <translation>%2 中没有 %1 的备份。</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4
    %5</source>
        <translation>%1  %2  %3  %4
    %5</translation>
    </message>
    <message>
        <source>Put a backup back in place of a database. The database being replaced is backed up first (or set aside, when it is too damaged to copy).</source>
        <translation>用备份替换数据库。被替换的数据库会先备份（损坏到无法复制时则改名留存）。</translation>
    </message>
    <message>
        <source>The database to restore.</source>
        <translation>要恢复的数据库。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>用于恢复的备份。</translation>
    </message>
    <message>
        <source>Restore the newest backup that passes the check.</source>
        <translation>恢复通过检查的最新备份。</translation>
    </message>
    <message>
        <source>Give either --from BACKUP or --latest.</source>
        <translation>请指定 --from BACKUP 或 --latest 之一。</translation>
    </message>
    <message>
        <source>No good backup of %1 was found in %2.</source>
        <translation>在 %2 中没有找到 %1 的完好备份。</translation>
    </message>
    <message>
        <source>the damaged file was set aside as %1</source>
        <translation>损坏的文件已改名留存为 %1</translation>
    </message>
    <message>
        <source>the replaced database was backed up to %1</source>
        <translation>被替换的数据库已备份至 %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2; %3.</source>
        <translation>已用 %2 恢复 %1；%3。</translation>
    </message>
    <message>
        <source>Importing %1 into “%2” failed: %3</source>
        <translation>将 %1 导入“%2”失败：%3</translation>
    </message>
    <message>
        <source>%1 Close it there first; nothing was changed.</source>
        <translation>%1请先在那里关闭它；未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” is a ledger on a database server. Its backups are the server&apos;s: the administrator makes them with pg_dump and restores them with pg_restore (see the README), not PlanDesk.</source>
        <translation>“%1”是数据库服务器上的台账，由服务器管理员用 pg_dump 备份、用 pg_restore 恢复（见 README），不由 PlanDesk 备份。</translation>
    </message>
    <message>
        <source>Usage: plandesk [--db FILE] [--lang zh_CN|en]  open the window
       plandesk init --db FILE [--demo | --plan FILE.json]
                 create a database with the built-in plan or a plan file
       plandesk export KIND --db FILE --format csv|json|xlsx [--out FILE|-]
                 KIND: %1
       plandesk import KIND FILE --db FILE [--dry-run]  all or nothing
                 KIND: progress, values, departments, plan
       plandesk check --db FILE             check integrity and foreign keys
       plandesk backup --db FILE [--out FILE]  write a consistent copy
                 (into the database&apos;s backup folder without --out)
       plandesk backups --db FILE           list the automatic backups
       plandesk restore --db FILE --from BACKUP | --latest
                 put a backup back (the replaced file is kept)
       plandesk report --db FILE --out FILE.pdf [--as-of DATE] [--meeting ID]
                 write the regular-meeting briefing
       plandesk templates --db FILE --period PERIOD --out DIR [--department NAME] [--one-workbook]
                 write a reporting round&apos;s returns templates (.xlsx)
       plandesk migrate --from FILE --to postgresql://[user@]host[:port]/db
                 move a ledger to a database server, then verify it
       plandesk --version | --help
Run “plandesk COMMAND --help” for a command&apos;s options.</source>
        <translation>用法：plandesk [--db FILE] [--lang zh_CN|en]  打开窗口
       plandesk init --db FILE [--demo | --plan FILE.json]
                 新建数据库，写入内置方案或方案文件中的方案
       plandesk export KIND --db FILE --format csv|json|xlsx [--out FILE|-]
                 KIND：%1
       plandesk import KIND FILE --db FILE [--dry-run]  全部导入或全不导入
                 KIND：progress、values、departments、plan
       plandesk check --db FILE             检查完整性和外键
       plandesk backup --db FILE [--out FILE]  写出一致的副本
                 （不指定 --out 时写入数据库的备份文件夹）
       plandesk backups --db FILE           列出自动备份
       plandesk restore --db FILE --from BACKUP | --latest
                 用备份恢复数据库（被替换的文件会保留）
       plandesk report --db FILE --out FILE.pdf [--as-of DATE] [--meeting ID]
                 生成例会工作进展通报
       plandesk templates --db FILE --period PERIOD --out DIR [--department NAME] [--one-workbook]
                 写出一个报送轮次的填报模板（.xlsx）
       plandesk migrate --from FILE --to postgresql://[user@]host[:port]/db
                 把台账迁移到数据库服务器，并逐表核对
       plandesk --version | --help
运行“plandesk COMMAND --help”查看各命令的选项。</translation>
    </message>
    <message>
        <source>Move a ledger from a database file to a PostgreSQL server, every row with its own id and the audit log as it is, then read it back and compare. The file is not changed.</source>
        <translation>把台账从数据库文件迁移到 PostgreSQL 服务器：每行保留原编号，修改记录原样保留，然后读回逐表核对。文件本身不变。</translation>
    </message>
    <message>
        <source>The database file to move (read only).</source>
        <translation>要迁移的数据库文件（只读）。</translation>
    </message>
    <message>
        <source>The empty server database to move it to, postgresql://[user@]host[:port]/database.</source>
        <translation>迁入的空服务器数据库，postgresql://[用户@]主机[:端口]/数据库。</translation>
    </message>
    <message>
        <source>--from names the file to move, not a server address (“%1”).</source>
        <translation>--from 应为要迁移的文件，而不是服务器地址（“%1”）。</translation>
    </message>
    <message>
        <source>--to names a server database, postgresql://…, not “%1”.</source>
        <translation>--to 应为服务器数据库 postgresql://…，而不是“%1”。</translation>
    </message>
    <message>
        <source>  copying %1: %2 of %3 rows
</source>
        <translation>  正在复制 %1：%2 / %3 行
</translation>
    </message>
    <message>
        <source>Moved %1 to %2:</source>
        <translation>已将 %1 迁移到 %2：</translation>
    </message>
    <message>
        <source>verified: every table on the server has the file&apos;s rows and checksum (%1 rows copied in %2 s, %3 rows/s; read back in %4 s).</source>
        <translation>核对无误：服务器上每张表的行数和校验和都与文件一致（复制 %1 行用时 %2 秒，每秒 %3 行；读回核对用时 %4 秒）。</translation>
    </message>
    <message>
        <source>table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>checksum (SHA-256)</source>
        <translation>校验和（SHA-256）</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <source>columns %1 name the same field twice.</source>
        <translation>%1 列对应同一字段，出现重复。</translation>
    </message>
    <message>
        <source>no header row names the columns this import needs: %1 (looked in the first %2 rows of every sheet).</source>
        <translation>没有找到包含本次导入所需各列的表头行：%1（已查找每个工作表的前 %2 行）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>the header row lacks the columns %1.</source>
        <translation>表头行缺少以下列：%1。</translation>
    </message>
    <message>
        <source>the cell holds %1, not a value; type the value itself.</source>
        <translation>单元格中是%1，不是数值；请直接填写数值。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Percent done</source>
        <translation>完成百分比</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>基期年份</translation>
    </message>
    <message>
        <source>Baseline source</source>
        <translation>基期来源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>目标年份</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>纪要</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file has %1 bytes, more than the %2 bytes a CSV file may have</source>
        <translation>文件大小为 %1 字节，超过 CSV 文件允许的上限 %2 字节</translation>
    </message>
    <message>
        <source>this is not a CSV file: it looks like an Excel workbook (.xlsx) or another zip file; import it with the Excel (.xlsx) importer</source>
        <translation>这不是 CSV 文件：它看起来是 Excel 工作簿（.xlsx）或其他 zip 文件，请按 Excel（.xlsx）文件导入</translation>
    </message>
    <message>
        <source>this is not a CSV file: it looks like an old Excel workbook (.xls); save it from Excel as .xlsx or CSV and import that</source>
        <translation>这不是 CSV 文件：它看起来是旧版 Excel 工作簿（.xls），请在 Excel 中另存为 .xlsx 或 CSV 后再导入</translation>
    </message>
    <message>
        <source>this is not a CSV file: it holds binary data (NUL bytes), not text</source>
        <translation>这不是 CSV 文件：其中含有二进制数据（NUL 字节），而不是文本</translation>
    </message>
    <message>
        <source>the UTF-16 text ends in the middle of a character; the file may have been cut short</source>
        <translation>UTF-16 文本在字符中间结束，文件可能不完整</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>该文件不是有效的 UTF-16 文本</translation>
    </message>
    <message>
        <source>this is not a CSV file: it holds binary data (NUL characters), not text</source>
        <translation>这不是 CSV 文件：其中含有二进制数据（NUL 字符），而不是文本</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the field is longer than %1 characters, the most a cell can hold; reading stopped here</source>
        <translation>字段长度超过 %1 个字符（单元格可容纳的上限），读取在此处停止</translation>
    </message>
    <message>
        <source>this Qt has no GB18030 (GBK) decoder</source>
        <translation>当前 Qt 没有 GB18030（GBK）解码器</translation>
    </message>
    <message>
        <source>the field holds bytes that are not valid GB18030 (GBK) text</source>
        <translation>该字段含有不是有效 GB18030（GBK）文本的字节</translation>
    </message>
    <message>
        <source>the bytes %1 are not valid %2 text</source>
        <translation>字节 %1 不是有效的 %2 文本</translation>
    </message>
    <message>
        <source>the quoted field that starts here has no closing quote</source>
        <translation>从此处开始的带引号字段缺少结束引号</translation>
    </message>
    <message>
        <source>text follows the closing quote of a quoted field; a quote inside a field must be doubled (&quot;&quot;)</source>
        <translation>带引号字段的结束引号后还有文本；字段内的引号须写成两个（&quot;&quot;）</translation>
    </message>
    <message>
        <source>a quote inside a field that is not quoted; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation>未加引号的字段中出现了引号；请用引号括起整个字段，并将其中的引号写成两个（&quot;&quot;）</translation>
    </message>
</context>
<context>
    <name>DashboardDrillDown</name>
    <message>
        <source>Value for %1</source>
        <translation>%1的数值</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” already exists; PlanDesk will not overwrite it.</source>
        <translation>“%1”已存在，PlanDesk 不会覆盖该文件。</translation>
    </message>
    <message>
        <source>Folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>Database “%1” does not exist (use “plandesk init” to create one).</source>
        <translation>数据库“%1”不存在（可用“plandesk init”新建）。</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a PlanDesk database.</source>
        <translation>“%1”不是 PlanDesk 数据库。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of PlanDesk (schema %2; this version knows up to %3). It has been left untouched.</source>
        <translation>“%1”由更高版本的 PlanDesk 生成（数据结构版本 %2，本版本最高支持 %3），未对其作任何改动。</translation>
    </message>
    <message>
        <source>Cannot switch “%1” to WAL: %2</source>
        <translation>无法将“%1”切换为 WAL 日志模式：%2</translation>
    </message>
    <message>
        <source>“%1” cannot use WAL journaling here.</source>
        <translation>“%1”在当前位置无法使用 WAL 日志模式。</translation>
    </message>
    <message>
        <source>Not upgrading “%1”, because the backup failed: %2</source>
        <translation>备份失败，未升级“%1”：%2</translation>
    </message>
    <message>
        <source>The query returned no row.</source>
        <translation>查询未返回任何记录。</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>The statement takes %1 values, not %2.</source>
        <translation>该语句需要 %1 个值，而不是 %2 个。</translation>
    </message>
    <message>
        <source>the disk may be full or failing (%1)</source>
        <translation>磁盘可能已满或出现故障（%1）</translation>
    </message>
    <message>
        <source>“%1” holds a change that a program stopped half-way. It is not damaged: open it once in PlanDesk, not read-only, to undo that change.</source>
        <translation>“%1”中有一项被中途打断的修改。文件并未损坏：请在 PlanDesk 中以非只读方式打开一次，即可撤销该修改。</translation>
    </message>
    <message>
        <source>“%1” cannot be read just now: %2</source>
        <translation>“%1”暂时无法读取：%2</translation>
    </message>
    <message>
        <source>a text contains a NUL character (U+0000), which the database server cannot store; remove it and save again</source>
        <translation>文本中含有 NUL 字符（U+0000），数据库服务器无法保存；请删除后再保存</translation>
    </message>
    <message>
        <source>The statement takes no values.</source>
        <translation>该语句不接受参数。</translation>
    </message>
    <message>
        <source>Could not set up a ledger in “%1”: %2</source>
        <translation>无法在“%1”中建立台账：%2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (on Debian: apt-get install libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）（Debian 上：apt-get install libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to “%1”: %2</source>
        <translation>无法连接“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” holds no PlanDesk ledger. To set one up there: plandesk init --db %1</source>
        <translation>“%1”中没有 PlanDesk 台账。如需在此建立：plandesk init --db %1</translation>
    </message>
    <message>
        <source>“%1” already holds other tables; PlanDesk sets up a ledger only in an empty database.</source>
        <translation>“%1”中已有其他数据表；PlanDesk 只在空数据库中建立台账。</translation>
    </message>
    <message>
        <source>“%1” already holds a PlanDesk ledger; PlanDesk will not overwrite it.</source>
        <translation>“%1”中已有 PlanDesk 台账，PlanDesk 不会覆盖。</translation>
    </message>
    <message>
        <source>“%1” was set up by a newer version of PlanDesk (schema %2; this version knows up to %3). It has been left untouched.</source>
        <translation>“%1”由更新版本的 PlanDesk 建立（数据结构版本 %2，本版本最高支持 %3），未作任何改动。</translation>
    </message>
</context>
<context>
    <name>DefaultDatabase</name>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>无法为“%1”创建文件夹。</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The plan has no tasks to add sample data to.</source>
        <translation>方案中没有任务，无法添加示例数据。</translation>
    </message>
</context>
<context>
    <name>DepartmentCharts</name>
    <message>
        <source>Lead departments: on pace and overdue</source>
        <translation>各牵头单位任务推进与逾期情况</translation>
    </message>
    <message>
        <source>Tasks behind</source>
        <translation>滞后的任务</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>逾期的任务</translation>
    </message>
    <message>
        <source>Tasks on pace or done</source>
        <translation>按进度推进或已完成的任务</translation>
    </message>
    <message>
        <source>Tasks and measures led</source>
        <translation>牵头的任务和措施（项）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n action item(s) overdue)</source>
        <translation>
            <numerusform>%1（督办事项逾期%n项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks not started</source>
        <translation>未开始的任务</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Add department</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Full name as the documents write it (required)</source>
        <translation>按文件中的写法填写全称（必填）</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>DepartmentKind</name>
    <message>
        <source>Government body</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <source>Party body</source>
        <translation>党委部门</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation>检察院</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>海关</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>群团组织</translation>
    </message>
    <message>
        <source>All member units</source>
        <translation>各成员单位</translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>Saving department “%1”</source>
        <translation>保存单位“%1”</translation>
    </message>
    <message>
        <source>Reading department %1</source>
        <translation>读取单位 %1</translation>
    </message>
    <message>
        <source>Finding department “%1”</source>
        <translation>查找单位“%1”</translation>
    </message>
    <message>
        <source>Reading departments</source>
        <translation>读取单位列表</translation>
    </message>
    <message>
        <source>Deleting department %1</source>
        <translation>删除单位 %1</translation>
    </message>
    <message>
        <source>Finding what refers to department %1</source>
        <translation>查找引用单位 %1 的记录</translation>
    </message>
    <message>
        <source>Reading the departments of plan %1</source>
        <translation>读取方案 %1 的单位</translation>
    </message>
</context>
<context>
    <name>DepartmentRows</name>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>the department&apos;s name is missing.</source>
        <translation>缺少单位名称。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of department; use one of %2.</source>
        <translation>“%1”不是单位类型，请使用%2之一。</translation>
    </message>
    <message>
        <source>a new department needs its kind: one of %1.</source>
        <translation>新增单位须填写类型：%1之一。</translation>
    </message>
    <message>
        <source>“%1” does not look like a telephone number.</source>
        <translation>“%1”不像电话号码。</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>“%1”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>there is no department called “%1”, and a new one needs its kind (the kind column).</source>
        <translation>没有名为“%1”的单位；新增单位须填写类型（类型列）。</translation>
    </message>
    <message>
        <source>the same department as %1.</source>
        <translation>与%1是同一单位。</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Add department…</source>
        <translation>新增单位…</translation>
    </message>
    <message>
        <source>Add a department (Insert)</source>
        <translation>新增单位（Insert）</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>Delete the selected department (Delete)</source>
        <translation>删除所选单位（Delete）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报送期间</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报送日期</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>%1 列（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>place: message</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Unknown export kind.</source>
        <translation>未知的导出类型。</translation>
    </message>
    <message>
        <source>The database holds no plan to assess.</source>
        <translation>数据库中没有可供考核的方案。</translation>
    </message>
</context>
<context>
    <name>FileLocation</name>
    <message>
        <source>“%1” is on the network share %2.</source>
        <translation>“%1”位于网络共享 %2 上。</translation>
    </message>
    <message>
        <source>“%1” is on %2, a mapped network drive.</source>
        <translation>“%1”位于映射的网络驱动器 %2 上。</translation>
    </message>
    <message>
        <source>“%1” is on a network file system (%2).</source>
        <translation>“%1”位于网络文件系统（%2）上。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>情况说明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>“%1” is damaged (%2).</source>
        <translation>“%1”已损坏（%2）。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>its header is unreadable</source>
        <translation>文件头无法读取</translation>
    </message>
    <message>
        <source>“%1” is not a PlanDesk database.</source>
        <translation>“%1”不是 PlanDesk 数据库。</translation>
    </message>
    <message>
        <source>SQLite cannot read it</source>
        <translation>SQLite 无法读取</translation>
    </message>
    <message>
        <source>“%1” cannot be read just now; try again.</source>
        <translation>“%1”暂时无法读取，请稍后重试。</translation>
    </message>
    <message>
        <source>“%1” cannot be read just now: %2</source>
        <translation>“%1”暂时无法读取：%2</translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s check found %n damaged place(s)</source>
        <translation>
            <numerusform>SQLite 检查发现 %n 处损坏</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Rows read:</source>
        <translation>已读取的行(&amp;R)：</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>只显示有问题的行(&amp;P)</translation>
    </message>
    <message>
        <source>Pro&amp;blems:</source>
        <translation>问题(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>ImportEdits</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n indicator value(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 条指标数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n progress report(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 条进展报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n department(s) from %1</source>
        <translation>
            <numerusform>从%1导入 %n 个单位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新增 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrected</source>
        <translation>
            <numerusform>更正 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>已存在 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left blank</source>
        <translation>
            <numerusform>留空 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>有问题 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>没有数据行</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>IndicatorCharts</name>
    <message>
        <source>Reported</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Required path</source>
        <translation>序时要求路径</translation>
    </message>
    <message>
        <source>target met</source>
        <translation>可达标</translation>
    </message>
    <message>
        <source>target missed</source>
        <translation>难以达标</translation>
    </message>
    <message>
        <source>Trend: %1 in %2 (%3)</source>
        <translation>趋势预测：%2年约%1（%3）</translation>
    </message>
    <message>
        <source>Target %1 %2 (%3)</source>
        <translation>目标：%1%2（%3年）</translation>
    </message>
    <message>
        <source>Targets: percent reached</source>
        <translation>主要目标完成程度</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Required by the path</source>
        <translation>序时要求</translation>
    </message>
    <message>
        <source>Percent of target</source>
        <translation>占目标值的百分比</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Edit indicator</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>计量单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Reached when:</source>
        <translation>达标条件(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标值(&amp;T)：</translation>
    </message>
    <message>
        <source>by the end of</source>
        <translation>目标年份</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>基期值(&amp;B)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>in &amp;year</source>
        <translation>基期年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Baseline &amp;source:</source>
        <translation>基期值来源(&amp;S)：</translation>
    </message>
    <message>
        <source>This baseline is sample data. Once you change it, it counts as the office&apos;s own figure.</source>
        <translation>该基期值为示例数据，修改后即视为办公室自有数据。</translation>
    </message>
    <message>
        <source>Responsible &amp;department:</source>
        <translation>责任单位(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>Saving indicator “%1”</source>
        <translation>保存指标“%1”</translation>
    </message>
    <message>
        <source>Reading indicator %1</source>
        <translation>读取指标 %1</translation>
    </message>
    <message>
        <source>Reading the indicators of plan %1</source>
        <translation>读取方案 %1 的指标</translation>
    </message>
    <message>
        <source>Deleting indicator %1</source>
        <translation>删除指标 %1</translation>
    </message>
    <message>
        <source>Saving the value for %1 of indicator %2</source>
        <translation>保存指标 %2 的数值（%1）</translation>
    </message>
    <message>
        <source>Reading indicator value %1</source>
        <translation>读取指标数值 %1</translation>
    </message>
    <message>
        <source>Reading the values of indicator %1</source>
        <translation>读取指标 %1 的数值</translation>
    </message>
    <message>
        <source>Reading the indicator values of plan %1</source>
        <translation>读取方案 %1 的指标数值</translation>
    </message>
    <message>
        <source>Saving indicator value %1</source>
        <translation>保存指标数值 %1</translation>
    </message>
    <message>
        <source>Deleting indicator value %1</source>
        <translation>删除指标数值 %1</translation>
    </message>
</context>
<context>
    <name>IndicatorValueDialog</name>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>2019, 2019-H1, 2019-Q3 or 2019-05</source>
        <translation>2019、2019-H1、2019-Q3 或 2019-05</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>数据来源(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. the statistics bureau&apos;s bulletin</source>
        <translation>如统计局发布的统计公报</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>数据截至(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Sample data, not the office&apos;s own figure</source>
        <translation>示例数据，并非办公室自有数据</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt; — the plan&apos;s targets and the latest value reported for each</source>
        <translation>&lt;b&gt;指标&lt;/b&gt;——方案确定的目标值及各项指标最新报送的数值</translation>
    </message>
    <message>
        <source>Edit &amp;indicator…</source>
        <translation>编辑指标(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Add value…</source>
        <translation>新增数值(&amp;A)…</translation>
    </message>
    <message>
        <source>Edi&amp;t value…</source>
        <translation>编辑数值(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Delete value</source>
        <translation>删除数值(&amp;D)</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>foreign key: row %1 of %2 refers to a missing row of %3</source>
        <translation>外键：%2 表第 %1 行引用了 %3 表中不存在的行</translation>
    </message>
</context>
<context>
    <name>LedgerCopy</name>
    <message>
        <source>Cannot read table “%1” of “%2”: %3</source>
        <translation>无法读取“%2”的数据表“%1”：%3</translation>
    </message>
    <message>
        <source>the text contains a NUL character (U+0000), which the database server cannot store</source>
        <translation>文本中含有 NUL 字符（U+0000），数据库服务器无法保存</translation>
    </message>
    <message>
        <source>table “%1”, row %2 %3</source>
        <translation>数据表“%1”第 %2 行 %3</translation>
    </message>
    <message>
        <source>, column %1 (%2)</source>
        <translation>，列 %1（%2）</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>, rule %1</source>
        <translation>，规则 %1</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>服务器拒绝了%1：%2</translation>
    </message>
    <message>
        <source>Moving a ledger must be done by the database&apos;s owner (the login that set it up): %1</source>
        <translation>迁移台账须由数据库的所有者（建立它的登录名）执行：%1</translation>
    </message>
    <message>
        <source>The ledger to move must be a file, not “%1”.</source>
        <translation>要迁移的台账应为文件，而不是“%1”。</translation>
    </message>
    <message>
        <source>The ledger must move to a database server (postgresql://…), not “%1”.</source>
        <translation>台账应迁移到数据库服务器（postgresql://…），而不是“%1”。</translation>
    </message>
    <message>
        <source>“%1” was written by an older PlanDesk (schema %2); open it once in PlanDesk to upgrade it first. Nothing was changed.</source>
        <translation>“%1”由旧版 PlanDesk 写入（数据结构版本 %2）；请先在 PlanDesk 中打开一次以升级。未作任何改动。</translation>
    </message>
    <message>
        <source>Not moving the ledger: %1 Nothing was changed.</source>
        <translation>未迁移台账：%1 未作任何改动。</translation>
    </message>
    <message>
        <source>%1 The copy was undone: no rows were written to “%2”. The empty ledger set up there stays; drop the database and create it again before the next try.</source>
        <translation>%1 复制已撤销：“%2”中未写入任何数据行。其中已建立的空台账仍在；再次尝试前请删除并重新创建该数据库。</translation>
    </message>
    <message>
        <source>The copy was saved, but cannot be read back to verify it: %1</source>
        <translation>复制已保存，但无法读回核对：%1</translation>
    </message>
    <message>
        <source>Table “%1” on the server differs from the file: %2 rows (checksum %3) against %4 rows (checksum %5) in the file.</source>
        <translation>服务器上的数据表“%1”与文件不一致：服务器 %2 行（校验和 %3），文件 %4 行（校验和 %5）。</translation>
    </message>
</context>
<context>
    <name>LedgerName</name>
    <message>
        <source>%1 — %2 — PlanDesk</source>
        <translation>%1 — %2 — PlanDesk</translation>
    </message>
    <message>
        <source>%1 — login %2</source>
        <translation>%1 — 登录名 %2</translation>
    </message>
    <message>
        <source>Your login %1 may only view this ledger; ask the office&apos;s administrator to add you to plandesk_editor to make changes.</source>
        <translation>您的登录名 %1 只能查看此台账；如需修改，请办公室管理员将您加入 plandesk_editor。</translation>
    </message>
</context>
<context>
    <name>LedgerSummary</name>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n 个方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n 个单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress report(s)</source>
        <translation>
            <numerusform>%n 条进展报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n 项指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator value(s)</source>
        <translation>
            <numerusform>%n 条指标数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n 次会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n 项督办事项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerTables</name>
    <message>
        <source>“%1” holds a table PlanDesk does not know, “%2”.</source>
        <translation>“%1”中有 PlanDesk 不认识的数据表“%2”。</translation>
    </message>
    <message>
        <source>“%1” has no table “%2”.</source>
        <translation>“%1”中没有数据表“%2”。</translation>
    </message>
    <message>
        <source>In “%1”, table “%2” has the columns (%3), not (%4) as PlanDesk expects.</source>
        <translation>“%1”中数据表“%2”的列为（%3），而 PlanDesk 要求为（%4）。</translation>
    </message>
    <message>
        <source>Cannot read table “%1”: %2</source>
        <translation>无法读取数据表“%1”：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find Task…</source>
        <translation>查找任务(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;About PlanDesk</source>
        <translation>关于 PlanDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Print Briefing…</source>
        <translation>打印工作进展通报(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export Briefing as PDF…</source>
        <translation>导出工作进展通报为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>List the automatic backups, take one now, or restore one</source>
        <translation>查看自动备份、立即备份或恢复备份</translation>
    </message>
    <message>
        <source>Open S&amp;hared Ledger…</source>
        <translation>打开共享台账(&amp;H)…</translation>
    </message>
    <message>
        <source>Open a ledger the office shares on a PostgreSQL server</source>
        <translation>打开办公室在 PostgreSQL 服务器上共享的台账</translation>
    </message>
</context>
<context>
    <name>MeetingEdits</name>
    <message>
        <source>Add meeting “%1”</source>
        <translation>新增会议“%1”</translation>
    </message>
    <message>
        <source>Edit meeting “%1”</source>
        <translation>修改会议“%1”</translation>
    </message>
    <message>
        <source>Delete meeting “%1”</source>
        <translation>删除会议“%1”</translation>
    </message>
    <message>
        <source>Add action item “%1”</source>
        <translation>新增督办事项“%1”</translation>
    </message>
    <message>
        <source>Edit action item “%1”</source>
        <translation>修改督办事项“%1”</translation>
    </message>
    <message>
        <source>Delete action item “%1”</source>
        <translation>删除督办事项“%1”</translation>
    </message>
    <message>
        <source>Record follow-up of “%1”</source>
        <translation>登记“%1”的督办情况</translation>
    </message>
    <message>
        <source>Undoing the follow-up of “%1”: someone else saved a change to the action item meanwhile</source>
        <translation>撤销“%1”的跟进记录：其间已有他人保存了对该督办事项的修改</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Regular meeting</source>
        <translation>例会</translation>
    </message>
    <message>
        <source>Special meeting</source>
        <translation>专题会</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>Saving the meeting of %1</source>
        <translation>保存 %1 的会议</translation>
    </message>
    <message>
        <source>Reading meeting %1</source>
        <translation>读取会议 %1</translation>
    </message>
    <message>
        <source>Reading the meetings of plan %1</source>
        <translation>读取方案 %1 的会议</translation>
    </message>
    <message>
        <source>Saving meeting %1</source>
        <translation>保存会议 %1</translation>
    </message>
    <message>
        <source>Deleting meeting %1</source>
        <translation>删除会议 %1</translation>
    </message>
    <message>
        <source>Saving the attendees of meeting %1</source>
        <translation>保存会议 %1 的参会单位/人员</translation>
    </message>
    <message>
        <source>Reading the attendees of meeting %1</source>
        <translation>读取会议 %1 的参会单位/人员</translation>
    </message>
    <message>
        <source>Saving action item “%1”</source>
        <translation>保存督办事项“%1”</translation>
    </message>
    <message>
        <source>Reading action item %1</source>
        <translation>读取督办事项 %1</translation>
    </message>
    <message>
        <source>Reading the action items of meeting %1</source>
        <translation>读取会议 %1 的督办事项</translation>
    </message>
    <message>
        <source>Reading the action items of plan %1</source>
        <translation>读取方案 %1 的督办事项</translation>
    </message>
    <message>
        <source>Deleting action item %1</source>
        <translation>删除督办事项 %1</translation>
    </message>
    <message>
        <source>Reading the open action items of department %1</source>
        <translation>读取单位 %1 未办结的督办事项</translation>
    </message>
    <message>
        <source>Saving the reviews of meeting %1</source>
        <translation>保存会议 %1 的督办记录</translation>
    </message>
    <message>
        <source>Approving the minutes of meeting %1</source>
        <translation>审定会议 %1 的纪要</translation>
    </message>
    <message>
        <source>they are already approved</source>
        <translation>纪要已审定</translation>
    </message>
    <message>
        <source>the approval date cannot be before the meeting</source>
        <translation>审定日期不能早于会议日期</translation>
    </message>
    <message>
        <source>Amending the minutes of meeting %1</source>
        <translation>修正会议 %1 的纪要</translation>
    </message>
    <message>
        <source>Reading the amendments of meeting %1</source>
        <translation>读取会议 %1 的纪要修正</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;New Meeting</source>
        <translation>新建会议(&amp;N)</translation>
    </message>
    <message>
        <source>Delete Meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>会议名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>会议日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>会议类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>主持人(&amp;H)：</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会单位和人员</translation>
    </message>
    <message>
        <source>Departments present:</source>
        <translation>参会单位：</translation>
    </message>
    <message>
        <source>Other people, one per line:</source>
        <translation>其他参会人员（每行一人）：</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Add Item…</source>
        <translation>新增事项…</translation>
    </message>
    <message>
        <source>Edit Item…</source>
        <translation>编辑事项…</translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <source>New Action Item from Selection</source>
        <translation>据选中内容新建督办事项</translation>
    </message>
    <message>
        <source>Carried Over</source>
        <translation>延续督办</translation>
    </message>
    <message>
        <source>Carried over from earlier meetings: their action items still open on this meeting&apos;s date.</source>
        <translation>前次会议延续事项：截至本次会议日期仍未办结的督办事项。</translation>
    </message>
    <message>
        <source>&amp;Approve Minutes…</source>
        <translation>审定纪要(&amp;A)…</translation>
    </message>
    <message>
        <source>A&amp;mend Minutes…</source>
        <translation>纪要修正(&amp;M)…</translation>
    </message>
    <message>
        <source>Propose A&amp;genda</source>
        <translation>生成议程建议(&amp;G)</translation>
    </message>
    <message>
        <source>Record &amp;Follow-up…</source>
        <translation>登记督办情况(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>当前版本缺少升级步骤 %1。</translation>
    </message>
    <message>
        <source>Upgrading the schema to version %1 failed: %2</source>
        <translation>数据结构版本升级至 %1 失败：%2</translation>
    </message>
    <message>
        <source>statement %1: %2</source>
        <translation>第 %1 条语句：%2</translation>
    </message>
    <message>
        <source>the migration did not set user_version to %1</source>
        <translation>升级未将 user_version 设为 %1</translation>
    </message>
    <message>
        <source>foreign key violation in table %1</source>
        <translation>%1 表违反外键约束</translation>
    </message>
    <message>
        <source>Another, newer PlanDesk upgraded the file meanwhile.</source>
        <translation>该文件已被另一个更高版本的 PlanDesk 升级。</translation>
    </message>
    <message>
        <source>Another, newer PlanDesk upgraded the database meanwhile.</source>
        <translation>其间另一个更新版本的 PlanDesk 已升级该数据库。</translation>
    </message>
    <message>
        <source>the migration did not set the schema version to %1</source>
        <translation>迁移脚本未把数据结构版本设为 %1</translation>
    </message>
</context>
<context>
    <name>NewDatabase</name>
    <message>
        <source>“%1” already exists; PlanDesk will not overwrite it.</source>
        <translation>“%1”已存在，PlanDesk 不会覆盖该文件。</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>无法新建“%1”：%2</translation>
    </message>
    <message>
        <source>Could not move the new database into place as “%1”.</source>
        <translation>无法将新建的数据库保存为“%1”。</translation>
    </message>
    <message>
        <source>The ledger in “%1” was set up, but the plan was not installed, so it is empty: %2</source>
        <translation>已在“%1”建立台账，但方案未能写入，台账为空：%2</translation>
    </message>
</context>
<context>
    <name>OpenGuard</name>
    <message>
        <source>Database on a network share</source>
        <translation>数据库位于网络共享上</translation>
    </message>
    <message>
        <source>SQLite database files are not safe on network shares: when two computers write to one at the same time it can be damaged. Keep the database on this computer&apos;s own disk and share it with others by backups (File ▸ Save a Copy) and exports. A mode for a shared database is planned.</source>
        <translation>SQLite 数据库文件放在网络共享上并不安全：两台计算机同时写入时可能损坏。请把数据库保存在本机磁盘上，通过备份（文件 ▸ 另存副本）和导出与他人共享。共享数据库模式正在规划中。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Database already open</source>
        <translation>数据库已被打开</translation>
    </message>
    <message>
        <source>Two windows editing the same ledger would overwrite each other&apos;s work. Open it read-only to look things up, or cancel.</source>
        <translation>两个窗口同时编辑同一台账会相互覆盖。可以只读方式打开以便查阅，或取消。</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
</context>
<context>
    <name>PaceLight</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>On pace</source>
        <translation>符合序时进度</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Far behind</source>
        <translation>严重滞后</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>PagedOutput</name>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <source>Office of the leading group</source>
        <translation>领导小组办公室</translation>
    </message>
    <message>
        <source>Contains sample data</source>
        <translation>含示例数据</translation>
    </message>
</context>
<context>
    <name>PlanDesk::ActionItemDialog</name>
    <message>
        <source>Action Item</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Choose the department responsible</source>
        <translation>请选择责任单位</translation>
    </message>
    <message>
        <source>— (no task)</source>
        <translation>—（不关联任务）</translation>
    </message>
    <message>
        <source>What the department must do, as decided</source>
        <translation>会议确定由该单位办理的事项</translation>
    </message>
    <message>
        <source>How it was followed up (optional)</source>
        <translation>跟进办理情况（选填）</translation>
    </message>
    <message>
        <source>Owner department: choose the department responsible for this item.</source>
        <translation>责任单位：请选择负责办理该事项的单位。</translation>
    </message>
    <message>
        <source>Action: describe what the department must do.</source>
        <translation>事项内容：请填写该单位须办理的事项。</translation>
    </message>
    <message>
        <source>Due: the date cannot be before the meeting (%1).</source>
        <translation>完成时限：不能早于会议日期（%1）。</translation>
    </message>
    <message>
        <source>Closed on: a done or cancelled item needs the date it was closed.</source>
        <translation>办结日期：已完成或已取消的事项须填写办结日期。</translation>
    </message>
    <message>
        <source>Closed on: only a done or cancelled item has this date; clear it or change the status.</source>
        <translation>办结日期：只有已完成或已取消的事项才填写办结日期，请清空该日期或修改状态。</translation>
    </message>
    <message>
        <source>Closed on: the date cannot be before the meeting (%1).</source>
        <translation>办结日期：不能早于会议日期（%1）。</translation>
    </message>
    <message>
        <source>The minutes are approved: the owner and wording of their decisions are locked</source>
        <translation>纪要已审定：议定事项的责任单位和表述已锁定</translation>
    </message>
</context>
<context>
    <name>PlanDesk::ActionItemTableModel</name>
    <message>
        <source>Overdue: due %1 and not done yet</source>
        <translation>已逾期：完成时限为 %1，尚未完成</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>跟进情况：%1</translation>
    </message>
    <message>
        <source>Sample data (from “plandesk init --demo”), not the office&apos;s records</source>
        <translation>示例数据（演示用），并非办公室的真实记录</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>事项内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
</context>
<context>
    <name>PlanDesk::ActionItemsPanel</name>
    <message>
        <source>Action items (%1)</source>
        <translation>督办事项（%1）</translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation>新增督办事项</translation>
    </message>
    <message>
        <source>Edit Action Item</source>
        <translation>编辑督办事项</translation>
    </message>
    <message>
        <source>Delete Action Item</source>
        <translation>删除督办事项</translation>
    </message>
    <message>
        <source>Delete the action item “%1” of %2?</source>
        <translation>确定删除%2的督办事项“%1”吗？</translation>
    </message>
    <message>
        <source>The minutes are approved: their action items are locked</source>
        <translation>纪要已审定：其督办事项已锁定</translation>
    </message>
</context>
<context>
    <name>PlanDesk::AmendmentDialog</name>
    <message>
        <source>Amend Minutes</source>
        <translation>纪要修正</translation>
    </message>
    <message>
        <source>The minutes of “%1” were approved on %2 and stay as approved. The correction is appended below them with its reason and your name; it cannot be changed or removed afterwards, nor undone.</source>
        <translation>“%1”的会议纪要已于%2审定，原文保持不变。修正内容连同修正原因和您的姓名附于纪要之后，提交后不能修改、删除或撤销。</translation>
    </message>
    <message>
        <source>Why the minutes need correcting</source>
        <translation>需要修正纪要的原因</translation>
    </message>
    <message>
        <source>The corrected wording, as it should read</source>
        <translation>修正后的表述</translation>
    </message>
    <message>
        <source>Append Amendment</source>
        <translation>附加修正</translation>
    </message>
    <message>
        <source>Reason: say why the minutes need correcting.</source>
        <translation>修正原因：请说明需要修正纪要的原因。</translation>
    </message>
    <message>
        <source>Correction: write the corrected wording.</source>
        <translation>修正内容：请填写修正后的表述。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::ApprovalDialog</name>
    <message>
        <source>Approve Minutes</source>
        <translation>审定纪要</translation>
    </message>
    <message>
        <source>Approve the minutes of “%1” (%2)?

Approval locks the minutes, the attendees, the action items&apos; wording and owners, and the follow-ups recorded at this meeting. It cannot be undone, not even with Edit ▸ Undo; later corrections are recorded as amendments.</source>
        <translation>是否审定“%1”（%2）的会议纪要？

审定后，纪要、参会人员、督办事项的内容和责任单位以及本次会议登记的督办情况均将锁定。此操作不可撤销（“编辑 ▸ 撤销”也无法撤销）；此后如需更正，请以纪要修正的方式记录。</translation>
    </message>
    <message>
        <source>Approve and Lock</source>
        <translation>审定并锁定</translation>
    </message>
</context>
<context>
    <name>PlanDesk::AssessmentPage</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>考核期间：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Weights (percent, adding up to 100)</source>
        <translation>权重（百分比，合计须为100）</translation>
    </message>
    <message>
        <source>Reports on time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>Tasks on pace</source>
        <translation>任务序时推进</translation>
    </message>
    <message>
        <source>Action items closed on time</source>
        <translation>督办事项按期办结</translation>
    </message>
    <message>
        <source>%1 to %2, evaluated on %3</source>
        <translation>%1至%2，评价日%3</translation>
    </message>
    <message>
        <source>The weights add up to %1; they must add up to 100.</source>
        <translation>权重合计为%1，须等于100。</translation>
    </message>
    <message>
        <source>Change the assessment weights</source>
        <translation>修改考核权重</translation>
    </message>
    <message>
        <source>assessment-%1</source>
        <extracomment>The file name offered for the saved assessment; %1 is the period, 2019-Q4. In Chinese: 督导考核-%1</extracomment>
        <translation>督导考核-%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Assessment Preview</source>
        <translation>督导考核预览</translation>
    </message>
    <message>
        <source>Print Assessment</source>
        <translation>打印督导考核</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1</source>
        <translation>
            <numerusform>已将%n页发送至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Assessment as PDF</source>
        <translation>将督导考核另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>已保存%n页至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Assessment as CSV</source>
        <translation>将督导考核导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported the assessment to %1</source>
        <translation>督导考核已导出至 %1</translation>
    </message>
    <message>
        <source>A part with nothing to count in the period (shown as —) is left out, and the score is the weighted mean of the other parts.</source>
        <translation>本期无计分事项的部分（显示为“—”）不计入，得分按其余部分的权重加权平均。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::AssessmentTableModel</name>
    <message>
        <source>Nothing counted in this period</source>
        <translation>本期无计分事项</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%2项中达标%1项</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reports on time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <source>Tasks on pace</source>
        <translation>任务序时推进</translation>
    </message>
    <message>
        <source>Action items closed on time</source>
        <translation>督办事项按期办结</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>PlanDesk::AssignmentsDialog</name>
    <message>
        <source>Departments of task %1</source>
        <translation>任务 %1 的责任单位</translation>
    </message>
    <message>
        <source>Task %1 “%2”</source>
        <translation>任务 %1“%2”</translation>
    </message>
</context>
<context>
    <name>PlanDesk::BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>缘由</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Kept automatically in %1: the newest ten, one a day for a week, one a week for a month, one a month for a year, and the last three by hand, before an import and before a restore.</source>
        <translation>自动保存在 %1：最近 10 份，近一周每天 1 份，近一个月每周 1 份，近一年每月 1 份，另保留最近 3 份手动备份、导入前备份和恢复前备份。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::BriefingDialog</name>
    <message>
        <source>This database holds no plan.</source>
        <translation>此数据库中没有方案。</translation>
    </message>
    <message>
        <source>Latest held by the date (%1)</source>
        <translation>截至该日期最近召开的会议（%1）</translation>
    </message>
    <message>
        <source>Latest held by the date (none yet)</source>
        <translation>截至该日期最近召开的会议（尚无）</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>请至少选择一项内容。</translation>
    </message>
    <message>
        <source>briefing-%1.pdf</source>
        <extracomment>The file name offered for the saved briefing; %1 is the date, 2019-12-31. In Chinese: 工作进展通报-%1.pdf</extracomment>
        <translation>工作进展通报-%1.pdf</translation>
    </message>
    <message>
        <source>The briefing could not be prepared.</source>
        <translation>无法生成工作进展通报。</translation>
    </message>
    <message>
        <source>Briefing Preview</source>
        <translation>工作进展通报预览</translation>
    </message>
    <message>
        <source>Print Briefing</source>
        <translation>打印工作进展通报</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1</source>
        <translation>
            <numerusform>已将 %n 页发送到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Briefing as PDF</source>
        <translation>将工作进展通报保存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The briefing could not be saved as “%1”.</source>
        <translation>无法将工作进展通报保存为“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>已保存 %n 页到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The briefing could not be printed.</source>
        <translation>无法打印工作进展通报。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::CarriedItemTableModel</name>
    <message>
        <source>Raised at the meeting of %1; due %2.</source>
        <translation>%1会议提出；办结时限%2。</translation>
    </message>
    <message>
        <source>Meeting of %1: %2</source>
        <translation>%1会议：%2</translation>
    </message>
    <message>
        <source>Meeting of %1: %2 — %3</source>
        <translation>%1会议：%2——%3</translation>
    </message>
    <message>
        <source>No follow-up recorded yet.</source>
        <translation>尚未登记督办情况。</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no follow-up recorded at this meeting</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a follow-up&apos;s status: its note</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Recorded at this meeting</source>
        <translation>本次会议督办情况</translation>
    </message>
</context>
<context>
    <name>PlanDesk::CarryOverPanel</name>
    <message>
        <source>Carried Over (%1)</source>
        <translation>延续督办（%1）</translation>
    </message>
    <message>
        <source>The minutes are approved: follow-ups recorded at this meeting are locked</source>
        <translation>纪要已审定：本次会议登记的督办情况已锁定</translation>
    </message>
    <message>
        <source>Record what this meeting found of the selected item (Enter)</source>
        <translation>登记本次会议对所选事项的督办情况（Enter）</translation>
    </message>
    <message>
        <source>Select an item to see its history.</source>
        <translation>选择一项事项以查看其督办记录。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::ChartPanel</name>
    <message>
        <source>&amp;Copy Image</source>
        <translation>复制图片(&amp;C)</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>保存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save chart as PDF</source>
        <translation>将图表保存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Copy or save this chart</source>
        <translation>复制或保存此图表</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>没有可保存的图表。</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>The chart could not be saved as “%1”.</source>
        <translation>无法将图表保存为“%1”。</translation>
    </message>
    <message>
        <source>Open what this chart shows, copy or save it</source>
        <translation>打开图表所示内容，或复制、保存图表</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>The chart could not be printed on “%1”.</source>
        <translation>无法在“%1”上打印图表。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::ConflictDialog</name>
    <message>
        <source>Someone else saved this meanwhile</source>
        <translation>其间已有他人保存</translation>
    </message>
    <message>
        <source>Your changes to %1 were not saved: someone else saved it after you opened it. Compare the two versions and choose which one to keep.</source>
        <translation>您对%1的修改未保存：您打开之后已有他人保存。请比较两个版本，选择保留哪一个。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>他人保存的版本</translation>
    </message>
    <message>
        <source>Save your version over theirs. Theirs stays in the change history.</source>
        <translation>用您的版本覆盖对方的版本。对方的版本保留在修改记录中。</translation>
    </message>
    <message>
        <source>Discard your changes and show what they saved.</source>
        <translation>放弃您的修改，显示对方保存的内容。</translation>
    </message>
    <message>
        <source>Who saved it is not recorded.</source>
        <translation>未记录保存人。</translation>
    </message>
    <message>
        <source>Saved by %1 at %2.</source>
        <translation>由 %1 于 %2 保存。</translation>
    </message>
    <message>
        <source>Saved by %1 (database user %2) at %3.</source>
        <translation>由 %1（数据库用户 %2）于 %3 保存。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::DashboardNumbers</name>
    <message>
        <source>Tasks and measures</source>
        <translation>任务和措施</translation>
    </message>
    <message>
        <source>Key tasks and safeguard measures, without the work items they are split into</source>
        <translation>重点任务和保障措施，不含分解出的工作事项</translation>
    </message>
    <message>
        <source>Pace (序时进度): expected progress is the share of time elapsed between start and due date, as reported by the lead department by the date.</source>
        <translation>序时进度：应完成进度为开始日期至完成时限之间已过去时间的比例；完成进度以牵头单位截至该日期的报送为准。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Past their due date and not done</source>
        <translation>已过完成时限但尚未完成</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>已达标目标</translation>
    </message>
    <message>
        <source>Indicators whose latest value known by the date meets the target</source>
        <translation>截至该日期已知最新值达到目标的指标</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>未办结督办事项</translation>
    </message>
    <message>
        <source>Decisions of the leading group&apos;s meetings not yet carried out by the date</source>
        <translation>截至该日期尚未落实的领导小组会议决定事项</translation>
    </message>
    <message>
        <source>Action items overdue</source>
        <translation>逾期督办事项</translation>
    </message>
    <message>
        <source>Open action items past their due date</source>
        <translation>已过完成时限的未办结督办事项</translation>
    </message>
    <message>
        <source>Targets met, of %1</source>
        <translation>已达标目标（共 %1 项）</translation>
    </message>
</context>
<context>
    <name>PlanDesk::DashboardPage</name>
    <message>
        <source>Where the plan stands on %1</source>
        <translation>截至 %1 的方案推进情况</translation>
    </message>
    <message>
        <source>%1 (sample data)</source>
        <translation>%1（示例数据）</translation>
    </message>
    <message>
        <source>Contains sample data from “plandesk init --demo”, not the office&apos;s records</source>
        <translation>含演示用的示例数据，并非办公室的台账记录</translation>
    </message>
    <message>
        <source>Print Briefing…</source>
        <translation>打印工作进展通报…</translation>
    </message>
    <message>
        <source>Print the briefing for the regular meeting, or save it as PDF</source>
        <translation>打印例会工作进展通报，或保存为 PDF</translation>
    </message>
    <message>
        <source>Click a bar to list its tasks on the Plan page. Right-click to copy or save the chart.</source>
        <translation>单击柱条可在“方案与任务”页列出相应任务；右键单击可复制或保存图表。</translation>
    </message>
    <message>
        <source>Click a bar or point to open the indicator and its values. Right-click to copy or save the chart.</source>
        <translation>单击柱条或数据点可打开该指标及其数值；右键单击可复制或保存图表。</translation>
    </message>
    <message>
        <source>Right-click to copy or save the chart.</source>
        <translation>右键单击可复制或保存图表。</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <source>This database holds no plan.</source>
        <translation>此数据库中没有方案。</translation>
    </message>
    <message>
        <source>tasks-by-pace-%1</source>
        <translation>任务序时进度-%1</translation>
    </message>
    <message>
        <source>progress-%1</source>
        <translation>平均完成进度-%1</translation>
    </message>
    <message>
        <source>targets-%1</source>
        <translation>主要目标-%1</translation>
    </message>
    <message>
        <source>departments-%1</source>
        <translation>牵头单位-%1</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>&amp;List Tasks</source>
        <translation>列出任务(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open Indicator</source>
        <translation>打开指标(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PlanDesk::DepartmentDialog</name>
    <message>
        <source>Name: enter the department&apos;s full name.</source>
        <translation>单位名称：请填写单位全称。</translation>
    </message>
    <message>
        <source>Name: there is already a department called “%1”.</source>
        <translation>单位名称：已有名为“%1”的单位。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::DepartmentTableModel</name>
    <message>
        <source>Active: offered for new tasks and reports</source>
        <translation>在用：可用于新任务和进展报送</translation>
    </message>
    <message>
        <source>Inactive: kept for the record only</source>
        <translation>停用：仅保留记录</translation>
    </message>
    <message>
        <source>Tasks and work items of the plan it leads</source>
        <translation>该单位牵头的方案任务和工作事项</translation>
    </message>
    <message>
        <source>Tasks and work items of the plan it cooperates on</source>
        <translation>该单位配合的方案任务和工作事项</translation>
    </message>
    <message>
        <source>Action items from meetings that are neither done nor cancelled</source>
        <translation>会议确定的督办事项中尚未完成且未取消的事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Cooperates</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未办结事项</translation>
    </message>
    <message>
        <source>Mark “%1” as active</source>
        <translation>将“%1”设为在用</translation>
    </message>
    <message>
        <source>Mark “%1” as inactive</source>
        <translation>将“%1”设为停用</translation>
    </message>
    <message>
        <source>Change the short name of “%1”</source>
        <translation>修改“%1”的简称</translation>
    </message>
    <message>
        <source>Change the contact person of “%1”</source>
        <translation>修改“%1”的联系人</translation>
    </message>
    <message>
        <source>Change the phone number of “%1”</source>
        <translation>修改“%1”的联系电话</translation>
    </message>
    <message>
        <source>Save my changes to “%1” over another&apos;s</source>
        <translation>用我的修改覆盖他人对“%1”的修改</translation>
    </message>
</context>
<context>
    <name>PlanDesk::DepartmentsPage</name>
    <message>
        <source>Measure %1</source>
        <translation>保障措施 %1</translation>
    </message>
    <message>
        <source>Sample data (from “plandesk init --demo”), not the office&apos;s records</source>
        <translation>示例数据（演示用），并非办公室的真实记录</translation>
    </message>
    <message>
        <source>Filter by name, short name or contact person</source>
        <translation>按名称、简称或联系人筛选</translation>
    </message>
    <message>
        <source>No department selected</source>
        <translation>未选择单位</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>未办结督办事项</translation>
    </message>
    <message>
        <source>Latest progress reports</source>
        <translation>最近进展报告</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（停用）</translation>
    </message>
    <message>
        <source>%1 · Short name: %2 · Contact: %3 · Phone: %4</source>
        <translation>%1 · 简称：%2 · 联系人：%3 · 联系电话：%4</translation>
    </message>
    <message>
        <source>Tasks: leads %1, cooperates on %2</source>
        <translation>任务：牵头 %1 项，配合 %2 项</translation>
    </message>
    <message>
        <source>Overdue on %1</source>
        <translation>截至 %1 已逾期</translation>
    </message>
    <message>
        <source>Open action items: %1</source>
        <translation>未办结督办事项：%1</translation>
    </message>
    <message>
        <source>Add department “%1”</source>
        <translation>新增单位“%1”</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>Delete the department “%1”?</source>
        <translation>确定删除单位“%1”吗？</translation>
    </message>
    <message>
        <source>Delete department “%1”</source>
        <translation>删除单位“%1”</translation>
    </message>
    <message numerus="yes">
        <source>It leads %n task(s).</source>
        <translation>
            <numerusform>该单位牵头 %n 项任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It cooperates on %n task(s).</source>
        <translation>
            <numerusform>该单位配合 %n 项任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has sent %n progress report(s).</source>
        <translation>
            <numerusform>该单位已报送 %n 条进展报告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It owns %n action item(s) from meetings.</source>
        <translation>
            <numerusform>该单位负责 %n 项会议督办事项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It attended %n meeting(s).</source>
        <translation>
            <numerusform>该单位参加过 %n 次会议。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is responsible for %n indicator(s).</source>
        <translation>
            <numerusform>该单位负责 %n 项指标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Department still in use</source>
        <translation>单位仍在使用中</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted while other records refer to it.</source>
        <translation>无法删除“%1”：仍有其他记录引用该单位。</translation>
    </message>
    <message>
        <source>Give this work to another department first, or clear “Active” to keep the department on record without new work.</source>
        <translation>请先将上述工作改由其他单位承担；或取消勾选“在用”，保留该单位记录，不再分配新工作。</translation>
    </message>
    <message>
        <source>the department “%1”</source>
        <translation>单位“%1”</translation>
    </message>
</context>
<context>
    <name>PlanDesk::ExchangeActions</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Progress Returns…</source>
        <translation>进展报送(&amp;P)…</translation>
    </message>
    <message>
        <source>Indicator &amp;Values…</source>
        <translation>指标数值(&amp;V)…</translation>
    </message>
    <message>
        <source>P&amp;lan…</source>
        <translation>方案(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Tasks…</source>
        <translation>任务(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation>单位(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation>指标(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Progress Reports…</source>
        <translation>进展报送(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>会议(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Action Items…</source>
        <translation>督办事项(&amp;A)…</translation>
    </message>
    <message>
        <source>PlanDesk</source>
        <translation>PlanDesk</translation>
    </message>
    <message>
        <source>Import indicator values</source>
        <translation>导入指标值</translation>
    </message>
    <message>
        <source>Import the departments&apos; progress returns</source>
        <translation>导入各单位的进展报送</translation>
    </message>
    <message>
        <source>Workbooks and CSV files (*.xlsx *.csv);;%1;;%2</source>
        <translation>工作簿和 CSV 文件 (*.xlsx *.csv);;%1;;%2</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>导入方案</translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>方案文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The plan in %1 cannot be imported: the file has problems. Nothing has been written.</source>
        <translation>%1 中的方案无法导入：文件存在问题。未写入任何内容。</translation>
    </message>
    <message>
        <source>The plan “%1” could not be imported. Nothing has been written.</source>
        <translation>方案“%1”未能导入。未写入任何内容。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>导出方案</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>方案文件 (*.json)</translation>
    </message>
    <message>
        <source>Exported the plan to %1</source>
        <translation>已将方案导出至 %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Indicator Values</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>Progress Reports</source>
        <translation>进展报送</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>督导考核</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将%1导出至 %2</translation>
    </message>
    <message>
        <source>New database for the plan “%1”</source>
        <translation>为方案“%1”新建数据库</translation>
    </message>
    <message>
        <source>PlanDesk databases (*.sqlite)</source>
        <translation>PlanDesk 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists. PlanDesk does not overwrite databases; choose a new name.</source>
        <translation>“%1”已存在。PlanDesk 不会覆盖数据库，请另取一个名称。</translation>
    </message>
    <message>
        <source>Created %1 with the plan “%2”.</source>
        <translation>已新建 %1，写入方案“%2”。</translation>
    </message>
    <message>
        <source>Import departments and their contacts</source>
        <translation>导入单位及其联系人</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>PlanDesk::FollowUpDialog</name>
    <message>
        <source>Record Follow-up</source>
        <translation>登记督办情况</translation>
    </message>
    <message>
        <source>Done or cancelled closes the item on this meeting&apos;s date; open or in progress keeps it open.</source>
        <translation>选择“已完成”或“已取消”将以本次会议日期办结该事项；选择“未开始”或“推进中”则事项继续督办。</translation>
    </message>
    <message>
        <source>What the meeting heard of it and required (optional)</source>
        <translation>会议听取的情况及提出的要求（可选）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>the owner department: the action item</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PlanDesk::ImportDialog</name>
    <message>
        <source>Import Indicator Values</source>
        <translation>导入指标值</translation>
    </message>
    <message>
        <source>Import Progress Returns</source>
        <translation>导入进展报送</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Reading and checking the files…</source>
        <translation>正在读取并检查文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>%n 个文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>Pro&amp;blems (%n):</source>
        <translation>
            <numerusform>问题（%n 个）(&amp;B)：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; correct the file and open it again. Nothing has been written.</source>
        <translation>
            <numerusform>%n 行存在问题；请修改文件后重新打开。未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The files have problems, listed below; correct them and open them again. Nothing has been written.</source>
        <translation>文件存在以下问题；请修改后重新打开。未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the database or left blank.</source>
        <translation>没有需要导入的内容：各行均已在数据库中或未填写。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n indicator value(s). Undo takes the import back.</source>
        <translation>
            <numerusform>已导入 %n 个指标值。可通过撤销取消本次导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n progress report(s). Undo takes the import back.</source>
        <translation>
            <numerusform>已导入 %n 条进展报送。可通过撤销取消本次导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Departments</source>
        <translation>导入单位</translation>
    </message>
    <message>
        <source>Nothing has been written. Close this window and open the files again to check them against the database as it is now.</source>
        <translation>未写入任何内容。请关闭此窗口，重新打开这些文件，按数据库的当前内容再检查一遍。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n department(s). Undo takes the import back.</source>
        <translation>
            <numerusform>已导入 %n 个单位。撤销可取消这次导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDesk::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Left blank</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>the record before → the record after</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>修改前 → 修改后</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>PlanDesk::IndicatorDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Baseline: enter both the value and the year, or leave both empty.</source>
        <translation>基期值：请同时填写数值和年份，或两项均不填写。</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <source>Baseline: the year must be between 1900 and the target year %1.</source>
        <translation>基期值：年份须在 1900 年至目标年份 %1 年之间。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::IndicatorTableModel</name>
    <message>
        <source>Sample data (from “plandesk init --demo”), not the office&apos;s records</source>
        <translation>示例数据（演示用），并非办公室的真实记录</translation>
    </message>
    <message>
        <source>Computed as %1 ÷ %2 × %3</source>
        <translation>计算方法：%1 ÷ %2 × %3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>达标条件</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>基期年份</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>目标年份</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>最新数值</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation>最新期间</translation>
    </message>
    <message>
        <source>More than the target</source>
        <translation>高于目标值</translation>
    </message>
    <message>
        <source>At least the target</source>
        <translation>不低于目标值</translation>
    </message>
    <message>
        <source>At most the target</source>
        <translation>不高于目标值</translation>
    </message>
    <message>
        <source>Less than the target</source>
        <translation>低于目标值</translation>
    </message>
</context>
<context>
    <name>PlanDesk::IndicatorValueDialog</name>
    <message>
        <source>Add value</source>
        <translation>新增数值</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>编辑数值</translation>
    </message>
    <message>
        <source>Period: enter the year, half-year, quarter or month, such as 2019, 2019-H1, 2019-Q3 or 2019-05.</source>
        <translation>期间：请填写年度、半年、季度或月份，如 2019、2019-H1、2019-Q3 或 2019-05。</translation>
    </message>
    <message>
        <source>Period: “%1” is not a year, half-year, quarter or month; write it like 2019, 2019-H1, 2019-Q3 or 2019-05.</source>
        <translation>期间：“%1”不是有效的年度、半年、季度或月份，请按 2019、2019-H1、2019-Q3 或 2019-05 的格式填写。</translation>
    </message>
    <message>
        <source>Period: there is already a value for %1 (%2); edit that one instead.</source>
        <translation>期间：%1 已有数值（%2），请直接编辑该数值。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>As of: the date cannot be before the period %1 begins (%2).</source>
        <translation>数据截至：日期不能早于期间 %1 的起始日期（%2）。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::IndicatorValueTableModel</name>
    <message>
        <source>Sample data (from “plandesk init --demo”), not the office&apos;s records</source>
        <translation>示例数据（演示用），并非办公室的真实记录</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PlanDesk::IndicatorsPage</name>
    <message>
        <source>Edit the selected indicator&apos;s definition (F2)</source>
        <translation>编辑所选指标的定义（F2）</translation>
    </message>
    <message>
        <source>Add a value for the selected indicator (Insert)</source>
        <translation>为所选指标新增数值（Insert）</translation>
    </message>
    <message>
        <source>Edit the selected value (F2 or Enter)</source>
        <translation>编辑所选数值（F2 或 Enter）</translation>
    </message>
    <message>
        <source>Delete the selected value (Delete)</source>
        <translation>删除所选数值（Delete）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Values of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1的数值&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target %1 %2 (%3)</source>
        <translation>目标值 %1 %2（%3）</translation>
    </message>
    <message>
        <source>Select an indicator to see its values.</source>
        <translation>请选择指标以查看其数值。</translation>
    </message>
    <message>
        <source>Target: %1 %2 %3 by the end of %4.</source>
        <translation>目标值：到 %4 年底 %1 %2 %3。</translation>
    </message>
    <message>
        <source>Baseline: %1 %2 in %3 (sample data).</source>
        <translation>基期值：%3 年 %1 %2（示例数据）。</translation>
    </message>
    <message>
        <source>Baseline: %1 %2 in %3.</source>
        <translation>基期值：%3 年 %1 %2。</translation>
    </message>
    <message>
        <source>Baseline: not entered yet.</source>
        <translation>基期值：尚未填写。</translation>
    </message>
    <message>
        <source>Computed as %1 ÷ %2 × %3.</source>
        <translation>计算方法：%1 ÷ %2 × %3。</translation>
    </message>
    <message>
        <source>Edit indicator “%1”</source>
        <translation>修改指标“%1”</translation>
    </message>
    <message>
        <source>Add the value for %1 of “%2”</source>
        <translation>新增“%2”%1 的数值</translation>
    </message>
    <message>
        <source>Edit the value for %1 of “%2”</source>
        <translation>修改“%2”%1 的数值</translation>
    </message>
    <message>
        <source>Delete value</source>
        <translation>删除数值</translation>
    </message>
    <message>
        <source>Delete the value %1 %2 for %3 of “%4”? Edit ▸ Undo brings it back.</source>
        <translation>确定删除“%4”%3 的数值 %1 %2 吗？可通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete the value for %1 of “%2”</source>
        <translation>删除“%2”%1 的数值</translation>
    </message>
    <message>
        <source>the value for %1 of “%2”</source>
        <translation>“%2”%1 的数值</translation>
    </message>
</context>
<context>
    <name>PlanDesk::LedgerSafety</name>
    <message>
        <source>the backup taken %1 (%2)</source>
        <translation>%1 的备份（%2）</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>%1

PlanDesk can move the damaged file aside (nothing is deleted) and open %2 in its place. Changes made after that backup are not in it.</source>
        <translation>%1

PlanDesk 可以把损坏的文件改名留存（不删除任何内容），并打开%2代替它。该备份之后所做的修改不在其中。</translation>
    </message>
    <message>
        <source>Set Aside and &amp;Restore</source>
        <translation>留存并恢复(&amp;R)</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>%1

No good backup of it was found in “%2”. Save a copy of what you still see (File ▸ Export) and ask for help.</source>
        <translation>%1

在“%2”中没有找到它的完好备份。请把仍能看到的内容导出保存（文件 ▸ 导出），并寻求技术支持。</translation>
    </message>
    <message>
        <source>Restored %1; the damaged file is kept as %2.</source>
        <translation>已恢复%1；损坏的文件保留为 %2。</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份至 %1</translation>
    </message>
    <message>
        <source>This database is open read-only; it cannot be restored.</source>
        <translation>此数据库以只读方式打开，无法恢复。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the open database with %1?

The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>用%1替换当前打开的数据库吗？

当前数据库会先备份，如需撤销，恢复那份备份即可。</translation>
    </message>
    <message>
        <source>Restored %1; the replaced database is kept as %2.</source>
        <translation>已恢复%1；被替换的数据库保留为 %2。</translation>
    </message>
    <message>
        <source>%1

No good backup of it was found in “%2”; the file was left as it is.</source>
        <translation>%1

在“%2”中没有找到它的完好备份；文件保持原样。</translation>
    </message>
    <message>
        <source>%1

The file was left as it is.</source>
        <translation>%1

文件保持原样。</translation>
    </message>
    <message>
        <source>%1

It is open read-only here; restore it from a backup in the window that edits it.</source>
        <translation>%1

此处以只读方式打开；请在正在编辑它的窗口中用备份恢复。</translation>
    </message>
    <message>
        <source>A ledger on a server has no backup files on this computer: the server&apos;s administrator backs it up with pg_dump (see the README).</source>
        <translation>服务器上的台账在本机没有备份文件：由服务器管理员用 pg_dump 备份（见 README）。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::MainWindow</name>
    <message>
        <source>Plan &amp;&amp; tasks</source>
        <translation>方案与任务</translation>
    </message>
    <message>
        <source>%1 — PlanDesk</source>
        <translation>%1 — PlanDesk</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Contains sample data</source>
        <translation>含示例数据</translation>
    </message>
    <message>
        <source>Open PlanDesk database</source>
        <translation>打开 PlanDesk 数据库</translation>
    </message>
    <message>
        <source>PlanDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>PlanDesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About PlanDesk</source>
        <translation>关于 PlanDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PlanDesk %1&lt;/h3&gt;&lt;p&gt;Keeps a policy plan&apos;s tasks, departments, indicators and meetings for the office of the leading group.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlanDesk %1&lt;/h3&gt;&lt;p&gt;供领导小组办公室管理实施方案的任务、责任单位、指标和会议。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证（GPL）第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>PlanDesk</source>
        <translation>PlanDesk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>As of: </source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>New database with the built-in plan</source>
        <translation>新建数据库（写入内置方案）</translation>
    </message>
    <message>
        <source>“%1” already exists. PlanDesk does not overwrite databases; choose a new name.</source>
        <translation>“%1”已存在。PlanDesk 不会覆盖已有数据库，请另选文件名。</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>保存数据库副本</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已将副本保存为 %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language takes effect when PlanDesk is started again.</source>
        <translation>新的界面语言将在重新启动 PlanDesk 后生效。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>Reporting rounds</source>
        <translation>报送轮次</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>督导考核</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>催办提醒(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>A ledger on a server is copied by exporting it (File ▸ Export)</source>
        <translation>服务器上的台账请用“文件 ▸ 导出”保存副本</translation>
    </message>
</context>
<context>
    <name>PlanDesk::MeetingDrafting</name>
    <message>
        <source>New Action Item from Selection</source>
        <translation>据选中内容新建督办事项</translation>
    </message>
    <message>
        <source>Make the selected words of the minutes an action item (%1)</source>
        <translation>将纪要中选中的文字设为督办事项（%1）</translation>
    </message>
    <message>
        <source>Fill the agenda from the open action items, red tasks and lagging targets on the meeting&apos;s date</source>
        <translation>按会议日期的情况，依据未办结督办事项、红灯任务和进度滞后的指标生成议程</translation>
    </message>
    <message>
        <source>Propose Agenda</source>
        <translation>生成议程建议</translation>
    </message>
    <message>
        <source>Replace the agenda written so far with the proposed one?</source>
        <translation>是否用建议议程替换已填写的议程？</translation>
    </message>
    <message>
        <source>Select the words of a decision in the minutes first.</source>
        <translation>请先在纪要中选中议定事项的文字。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::MeetingEditor</name>
    <message>
        <source>For example:
特邀专家 李明
市知识产权局：王局长 (a person from a department)</source>
        <translation>例如：
特邀专家 李明
市知识产权局：王局长（单位人员）</translation>
    </message>
    <message>
        <source>The items to discuss, one per line</source>
        <translation>会议议题，每行一项</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button of the minutes: a bold letter</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>加粗（%1）</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button of the minutes: an italic letter</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>倾斜（%1）</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 列表</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Title: a meeting needs a title.</source>
        <translation>会议名称：请填写会议名称。</translation>
    </message>
    <message>
        <source>Date: an action item of this meeting is due on %1, before this date; change its due date first.</source>
        <translation>会议日期：本次会议有一项督办事项的完成时限为 %1，早于该日期，请先修改其完成时限。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::MeetingListModel</name>
    <message>
        <source>Approved</source>
        <translation>已审定</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Minutes approved on %1</source>
        <translation>会议纪要已于 %1 审定</translation>
    </message>
    <message>
        <source>Sample data (from “plandesk init --demo”), not the office&apos;s records</source>
        <translation>示例数据（演示用），并非办公室的真实记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>纪要状态</translation>
    </message>
</context>
<context>
    <name>PlanDesk::MeetingsPage</name>
    <message>
        <source>Safeguard %1 %2</source>
        <translation>保障措施%1 %2</translation>
    </message>
    <message>
        <source>Add a regular meeting held today (Insert)</source>
        <translation>新增一次今天召开的例会（Insert）</translation>
    </message>
    <message>
        <source>Save the changes to this meeting (Ctrl+S)</source>
        <translation>保存对本次会议的修改（Ctrl+S）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The meeting “%1” has changes that are not saved yet. Save them?</source>
        <translation>会议“%1”有尚未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>Save Meeting</source>
        <translation>保存会议</translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation>新建会议</translation>
    </message>
    <message numerus="yes">
        <source>Delete the meeting “%1” of %2? Its list of attendees and its %n action item(s) will be deleted with it.</source>
        <translation>
            <numerusform>确定删除 %2 的会议“%1”吗？其参会名单和 %n 项督办事项将一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the meeting “%1” of %2 and its list of attendees?</source>
        <translation>确定删除 %2 的会议“%1”及其参会名单吗？</translation>
    </message>
    <message>
        <source>Delete Meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Approved minutes cannot be deleted: they are the record of the meeting</source>
        <translation>已审定的纪要不能删除：它是会议的正式记录</translation>
    </message>
    <message>
        <source>Delete this meeting with its attendees and action items (Delete)</source>
        <translation>删除本次会议及其参会人员和督办事项（Delete）</translation>
    </message>
    <message>
        <source>the meeting “%1”</source>
        <translation>会议“%1”</translation>
    </message>
</context>
<context>
    <name>PlanDesk::MinutesApproval</name>
    <message>
        <source>Approve the minutes on a date; they are locked from then on (cannot be undone)</source>
        <translation>按日期审定纪要，审定后即锁定（不可撤销）</translation>
    </message>
    <message>
        <source>Append a correction to the approved minutes</source>
        <translation>为已审定的纪要附加修正</translation>
    </message>
    <message>
        <source>Draft minutes (not yet approved)</source>
        <translation>纪要草稿（尚未审定）</translation>
    </message>
    <message>
        <source>Minutes approved on %1 — locked; corrections are recorded as amendments.</source>
        <translation>纪要已于%1审定并锁定；如需更正，请以纪要修正的方式记录。</translation>
    </message>
    <message numerus="yes">
        <source>Amendments (%n)</source>
        <translation>
            <numerusform>纪要修正（%n条）</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>修正原因：%1</translation>
    </message>
    <message>
        <source>Approve Minutes</source>
        <translation>审定纪要</translation>
    </message>
    <message>
        <source>Amend Minutes</source>
        <translation>纪要修正</translation>
    </message>
    <message>
        <source>The minutes are empty: once approved, text can only be added as amendments.</source>
        <translation>纪要尚无内容：审定后只能以纪要修正的方式补充。</translation>
    </message>
    <message>
        <source>No action item was decided: none can be added after approval.</source>
        <translation>本次会议尚未形成督办事项：审定后不能再增加。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::PlanPage</name>
    <message>
        <source>Find in number, title, clause or department (Ctrl+F)</source>
        <translation>按序号、标题、条文或单位查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>牵头或配合</translation>
    </message>
    <message>
        <source>As lead</source>
        <translation>作为牵头单位</translation>
    </message>
    <message>
        <source>As cooperating</source>
        <translation>作为配合单位</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All pace lights</source>
        <translation>全部序时进度</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Add work item</source>
        <translation>新增工作事项</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete work item</source>
        <translation>删除工作事项</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>报送进展…</translation>
    </message>
    <message>
        <source>Pace (序时进度): expected progress is the share of time elapsed between start and due date. Behind by less than 10 points: on pace; 10–30: behind; more than 30 or past due: far behind.</source>
        <translation>序时进度：应完成进度按开始日期至完成时限之间已过时间的比例计算。落后不足 10 个百分点为符合序时进度；落后 10–30 个百分点为滞后；落后超过 30 个百分点或已超过完成时限为严重滞后。</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部分组</translation>
    </message>
    <message numerus="yes">
        <source>Delete the work item “%1” with its %n progress report(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>确定删除工作事项“%1”及其 %n 条进展报告吗？可按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) that name it will stay, no longer linked to a task.</source>
        <translation>
            <numerusform>引用它的 %n 项督办事项将保留，但不再关联任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>On pace or done</source>
        <translation>符合序时进度或已完成</translation>
    </message>
    <message>
        <source>Behind, not overdue</source>
        <translation>滞后但未逾期</translation>
    </message>
    <message>
        <source>Without work items</source>
        <translation>不含工作事项</translation>
    </message>
    <message>
        <source>Key tasks and safeguard measures only, each listed for its own pace as the dashboard counts them, not for a work item&apos;s</source>
        <translation>只列重点任务和保障措施，按其自身序时进度筛选（与总览页的统计口径一致），不因所含工作事项而列出</translation>
    </message>
    <message>
        <source>As chosen on the dashboard</source>
        <translation>按总览页所选</translation>
    </message>
    <message>
        <source>task %1 “%2”</source>
        <translation>任务 %1“%2”</translation>
    </message>
</context>
<context>
    <name>PlanDesk::ProgressPage</name>
    <message>
        <source>Find in task or progress text</source>
        <translation>在任务或进展内容中查找</translation>
    </message>
    <message>
        <source>Period, e.g. 2018 or 2018-Q2</source>
        <translation>报送期间，如 2018 或 2018-Q2</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>报送进展…</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>删除进展报告</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部单位</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 条报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>报送进展</translation>
    </message>
    <message>
        <source>Which task is the report about?</source>
        <translation>请选择报告所属的任务：</translation>
    </message>
    <message>
        <source>Delete %1&apos;s report for %2? You can undo this with Ctrl+Z.</source>
        <translation>确定删除%1报送的 %2 进展报告吗？可按 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::ProgressReportDialog</name>
    <message>
        <source>Record progress</source>
        <translation>报送进展</translation>
    </message>
    <message>
        <source>Task %1 “%2”</source>
        <translation>任务 %1“%2”</translation>
    </message>
    <message>
        <source>e.g. 2018, 2018-H1, 2018-Q2, 2018-05</source>
        <translation>如 2018、2018-H1、2018-Q2、2018-05</translation>
    </message>
    <message>
        <source>Choose the department that reports.</source>
        <translation>请选择报送单位。</translation>
    </message>
    <message>
        <source>The period must look like 2018, 2018-H1, 2018-Q2 or 2018-05.</source>
        <translation>报送期间格式应为 2018、2018-H1、2018-Q2 或 2018-05。</translation>
    </message>
    <message>
        <source>A report for %1 cannot be dated before %2.</source>
        <translation>%1 的进展报告，报送日期不能早于 %2。</translation>
    </message>
    <message>
        <source>%1 has already reported on this task for %2.</source>
        <translation>%1已报送本任务 %2 的进展。</translation>
    </message>
    <message>
        <source>A task marked done must be 100% complete.</source>
        <translation>标记为已完成的任务，完成率须为 100%。</translation>
    </message>
    <message>
        <source>Work item %1 “%2”</source>
        <translation>工作事项 %1“%2”</translation>
    </message>
</context>
<context>
    <name>PlanDesk::ProgressTableModel</name>
    <message>
        <source>Sample data (from “plandesk init --demo”)</source>
        <translation>示例数据（演示用）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报送期间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>Percent done</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Safeguard %1 %2</source>
        <translation>保障措施%1 %2</translation>
    </message>
</context>
<context>
    <name>PlanDesk::RecentFiles</name>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1（登录名 %2）</translation>
    </message>
</context>
<context>
    <name>PlanDesk::RemindersDialog</name>
    <message>
        <source>Report</source>
        <translation>进展报送</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n day(s) overdue</source>
        <translation>
            <numerusform>✗ 已逾期%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>催办提醒</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>or overdue, as of %1</source>
        <translation>内到期及已逾期事项，截至%1</translation>
    </message>
    <message>
        <source>Nothing is due or overdue.</source>
        <translation>暂无到期或逾期事项。</translation>
    </message>
    <message>
        <source>Reminders Preview</source>
        <translation>催办提醒预览</translation>
    </message>
    <message>
        <source>Print Reminders</source>
        <translation>打印催办提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 overdue</source>
        <translation>
            <numerusform>%n项，逾期%1项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>what is due — the date (how soon)</comment>
        <translation>%1——%2（%3）</translation>
    </message>
</context>
<context>
    <name>PlanDesk::RoundDialog</name>
    <message>
        <source>Edit Reporting Round</source>
        <translation>修改报送轮次</translation>
    </message>
    <message>
        <source>New Reporting Round</source>
        <translation>新建报送轮次</translation>
    </message>
    <message>
        <source>e.g. 2019-Q4, 2019-H2, 2019-11 or 2019</source>
        <translation>例如 2019-Q4、2019-H2、2019-11 或 2019</translation>
    </message>
    <message>
        <source>The period must look like 2019, 2019-H2, 2019-Q4 or 2019-11.</source>
        <translation>期间格式应为 2019、2019-H2、2019-Q4 或 2019-11。</translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation>请填写轮次名称。</translation>
    </message>
    <message>
        <source>The due date must not be before the round opens.</source>
        <translation>截止日期不能早于开始日期。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::RoundStatusModel</name>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>逾期未报</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未报</translation>
    </message>
    <message>
        <source>M%1</source>
        <comment>safeguard measure number, as a short column heading</comment>
        <translation>措施%1</translation>
    </message>
    <message>
        <source>Owes no report on this task</source>
        <translation>本单位无需报送该任务</translation>
    </message>
    <message>
        <source>%1 (%2): handed in on %3, %4% done</source>
        <translation>%1（%2）：%3已报送，完成%4%</translation>
    </message>
    <message>
        <source>%1 (%2): owed by %3</source>
        <translation>%1（%2）：应于%3前报送</translation>
    </message>
    <message>
        <source>Owes %1, on time %2, late %3, missing %4, pending %5</source>
        <translation>应报%1项，按时%2项，迟报%3项，逾期未报%4项，未报%5项</translation>
    </message>
    <message>
        <source>Owed / on time / late / missing</source>
        <translation>应报 / 按时 / 迟报 / 逾期未报</translation>
    </message>
</context>
<context>
    <name>PlanDesk::RoundsPage</name>
    <message>
        <source>New Round…</source>
        <translation>新建轮次…</translation>
    </message>
    <message>
        <source>Edit Round…</source>
        <translation>修改轮次…</translation>
    </message>
    <message>
        <source>Delete Round</source>
        <translation>删除轮次</translation>
    </message>
    <message>
        <source>Record Report…</source>
        <translation>录入报送…</translation>
    </message>
    <message>
        <source>Copy Reminder Notice</source>
        <translation>复制催报通知</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>No reporting round yet. Create one with New Round…</source>
        <translation>尚无报送轮次，请点击“新建轮次…”创建。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: opens %2, due %3. As of %4: %5 of %6 reports handed in (%7 late), %8 missing, %9 pending.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2开始，%3截止。截至%4：应报%6份，已报%5份（其中迟报%7份），逾期未报%8份，未报%9份。</translation>
    </message>
    <message numerus="yes">
        <source>Who still owes a report: %n</source>
        <translation>
            <numerusform>尚未报送：%n项</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the reporting round “%1”? The reports handed in for %2 stay. You can undo this with Ctrl+Z.</source>
        <translation>确定删除报送轮次“%1”吗？%2已报送的进展报告将保留。可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>%1开始</translation>
    </message>
    <message>
        <source>Export Templates…</source>
        <translation>导出模板…</translation>
    </message>
</context>
<context>
    <name>PlanDesk::ServerLedgerDialog</name>
    <message>
        <source>prefer: encrypted when the server offers it (default)</source>
        <translation>服务器支持时加密（默认）</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the server&apos;s certificate checked</source>
        <translation>加密并核验服务器证书</translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and server name checked</source>
        <translation>加密并核验证书和服务器名称</translation>
    </message>
    <message>
        <source>allow: unencrypted unless the server insists</source>
        <translation>不加密，除非服务器要求</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>从不加密</translation>
    </message>
    <message>
        <source>Server: enter the server&apos;s name or IP address.</source>
        <translation>服务器：请输入服务器名称或 IP 地址。</translation>
    </message>
    <message>
        <source>Port: “%1” is not a number from 1 to 65535 (PostgreSQL&apos;s usual port is %2).</source>
        <translation>端口：“%1”不是 1 到 65535 之间的数字（PostgreSQL 通常用 %2）。</translation>
    </message>
    <message>
        <source>Database: enter the name of the ledger&apos;s database on the server.</source>
        <translation>数据库：请输入台账在服务器上的数据库名。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::Sparkline</name>
    <message>
        <source>No values reported yet</source>
        <translation>尚未报送数值</translation>
    </message>
    <message>
        <source>Hollow points: sample data</source>
        <translation>空心点为示例数据</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PlanDesk::TaskDetailPanel</name>
    <message>
        <source>number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>percent done</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>work item %1</source>
        <translation>工作事项 %1</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报送期间</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PlanDesk::TaskDialog</name>
    <message>
        <source>Add work item</source>
        <translation>新增工作事项</translation>
    </message>
    <message>
        <source>Work item under task %1 “%2”</source>
        <translation>任务 %1“%2”下的工作事项</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>Edit work item</source>
        <translation>编辑工作事项</translation>
    </message>
    <message>
        <source>Number and title are the plan document&apos;s own.</source>
        <translation>序号和标题以方案文件为准。</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>请填写标题。</translation>
    </message>
    <message>
        <source>Choose the lead department.</source>
        <translation>请选择牵头单位。</translation>
    </message>
    <message>
        <source>The due date must not be before the start date.</source>
        <translation>完成时限不能早于开始日期。</translation>
    </message>
    <message>
        <source>A task marked done must be 100% complete.</source>
        <translation>标记为已完成的任务，完成率须为 100%。</translation>
    </message>
    <message>
        <source>Number %1 is already used by another work item of this task.</source>
        <translation>序号 %1 已被本任务的另一工作事项使用。</translation>
    </message>
</context>
<context>
    <name>PlanDesk::TaskTreeModel</name>
    <message>
        <source>Expected %1% by %2, reported %3%</source>
        <translation>截至 %2 应完成 %1%，已报送 %3%</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Cooperating departments</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>Percent done</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Sample data (from “plandesk init --demo”), not the office&apos;s records</source>
        <translation>示例数据（演示用），并非办公室的真实记录</translation>
    </message>
    <message>
        <source>%1% (%2) as reported by %3; now %4% (%5)</source>
        <translation>截至%3报送为%1%（%2）；目前为%4%（%5）</translation>
    </message>
</context>
<context>
    <name>PlanDesk::TemplatesDialog</name>
    <message>
        <source>Returns templates</source>
        <translation>进展报送模板</translation>
    </message>
    <message>
        <source>Export Returns Templates</source>
        <translation>导出进展报送模板</translation>
    </message>
    <message>
        <source>Templates for the departments to fill in for &lt;b&gt;%1&lt;/b&gt; (%2), listing the reports each one owes.</source>
        <translation>供各单位填报 &lt;b&gt;%1&lt;/b&gt;（%2）使用的模板，列出各单位应报送的事项。</translation>
    </message>
    <message>
        <source>&amp;Write Templates</source>
        <translation>生成模板(&amp;W)</translation>
    </message>
    <message>
        <source>Folder for the templates</source>
        <translation>模板保存文件夹</translation>
    </message>
    <message>
        <source>Writing the templates…</source>
        <translation>正在生成模板…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) into %1</source>
        <translation>
            <numerusform>已在 %1 中生成 %n 个模板</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) into %1.</source>
        <translation>
            <numerusform>已在 %1 中生成 %n 个模板。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>is missing</source>
        <translation>缺少该项</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>须为文本</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2017-04-12</source>
        <translation>“%1”不是有效日期（格式如 2017-04-12）</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>须为 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be a number with at most %1 decimal places</source>
        <translation>须为数字，最多保留 %1 位小数</translation>
    </message>
    <message>
        <source>“%1” is not allowed here</source>
        <translation>此处不允许使用“%1”</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>须为列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>须为对象</translation>
    </message>
    <message>
        <source>must be “plandesk-plan”</source>
        <translation>须为“plandesk-plan”</translation>
    </message>
    <message>
        <source>must be 1 (this PlanDesk reads version 1)</source>
        <translation>须为 1（本版 PlanDesk 只能读取第 1 版）</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <source>department “%1” is not listed under departments</source>
        <translation>单位“%1”未在 departments 中列出</translation>
    </message>
    <message>
        <source>must be a department name</source>
        <translation>须为单位名称</translation>
    </message>
    <message>
        <source>“%1” is listed twice for this task</source>
        <translation>“%1”在该任务中重复列出</translation>
    </message>
    <message>
        <source>a baseline needs both “baseline” and “baseline_year”</source>
        <translation>基期值须同时填写“baseline”和“baseline_year”</translation>
    </message>
    <message>
        <source>code “%1” is used twice</source>
        <translation>编码“%1”重复使用</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s):</source>
        <translation>
            <numerusform>%1 存在 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>%1 is before the year the plan starts (%2)</source>
        <translation>%1 早于方案起始年份（%2）</translation>
    </message>
    <message>
        <source>%1 is after the due date %2</source>
        <translation>%1 晚于完成时限 %2</translation>
    </message>
    <message>
        <source>%1 is before the start %2</source>
        <translation>%1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>number %1 is used twice (also at %2)</source>
        <translation>序号 %1 重复使用（%2 处也使用了该序号）</translation>
    </message>
    <message>
        <source>%1 is after the target year %2</source>
        <translation>%1 晚于目标年份 %2</translation>
    </message>
    <message>
        <source>is given without a baseline</source>
        <translation>已填写，但缺少基期值</translation>
    </message>
    <message>
        <source>is not a field of the plan format (misspelt?)</source>
        <translation>不是方案文件格式中的字段（是否拼写有误？）</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不得为负数</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>the plan “%1” is already in this database</source>
        <translation>方案“%1”已存在于本数据库中</translation>
    </message>
    <message>
        <source>the plan “%1” (%2) is already in this database</source>
        <translation>方案“%1”（%2）已存在于本数据库中</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1：未导入任何内容：%2</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Saving plan “%1”</source>
        <translation>保存方案“%1”</translation>
    </message>
    <message>
        <source>Reading plan %1</source>
        <translation>读取方案 %1</translation>
    </message>
    <message>
        <source>Reading plans</source>
        <translation>读取方案列表</translation>
    </message>
    <message>
        <source>Deleting plan %1</source>
        <translation>删除方案 %1</translation>
    </message>
    <message>
        <source>Looking for sample data</source>
        <translation>查找示例数据</translation>
    </message>
    <message>
        <source>Saving group “%1”</source>
        <translation>保存分组“%1”</translation>
    </message>
    <message>
        <source>Reading group %1</source>
        <translation>读取分组 %1</translation>
    </message>
    <message>
        <source>Reading the groups of plan %1</source>
        <translation>读取方案 %1 的分组</translation>
    </message>
    <message>
        <source>Deleting group %1</source>
        <translation>删除分组 %1</translation>
    </message>
</context>
<context>
    <name>PlanWriter</name>
    <message>
        <source>Work item %1 “%2” comes before its task.</source>
        <translation>工作事项 %1“%2”排在其所属任务之前。</translation>
    </message>
    <message>
        <source>Task %1 “%2” has no lead department; a plan file needs one for every task and work item.</source>
        <translation>任务 %1“%2”没有牵头单位；方案文件中每项任务和工作事项都须有牵头单位。</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>&amp;Department:</source>
        <translation>报送单位(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>报送期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reported on:</source>
        <translation>报送日期(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;ercent done:</source>
        <translation>完成率(&amp;E)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>Progress &amp;text:</source>
        <translation>进展情况(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ProgressRepository</name>
    <message>
        <source>Saving the report on task %1 for %2</source>
        <translation>保存任务 %1 的进展报告（%2）</translation>
    </message>
    <message>
        <source>Reading progress report %1</source>
        <translation>读取进展报告 %1</translation>
    </message>
    <message>
        <source>Reading the reports on task %1</source>
        <translation>读取任务 %1 的进展报告</translation>
    </message>
    <message>
        <source>Reading the reports of plan %1</source>
        <translation>读取方案 %1 的进展报告</translation>
    </message>
    <message>
        <source>Saving progress report %1</source>
        <translation>保存进展报告 %1</translation>
    </message>
    <message>
        <source>Deleting progress report %1</source>
        <translation>删除进展报告 %1</translation>
    </message>
    <message>
        <source>Reading the latest reports of department %1</source>
        <translation>读取单位 %1 的最近进展报告</translation>
    </message>
</context>
<context>
    <name>ProgressRows</name>
    <message>
        <source>the task&apos;s number is missing.</source>
        <translation>缺少任务序号。</translation>
    </message>
    <message>
        <source>“%1” is not a task number such as 3, 3.1 or 保障2.</source>
        <translation>“%1”不是有效的任务序号（应为 3、3.1 或 保障2 这样的形式）。</translation>
    </message>
    <message>
        <source>the plan has no task %1.</source>
        <translation>方案中没有任务 %1。</translation>
    </message>
    <message>
        <source>the department is missing.</source>
        <translation>未填写单位。</translation>
    </message>
    <message>
        <source>no department is called “%1”.</source>
        <translation>没有名为“%1”的单位。</translation>
    </message>
    <message>
        <source>%1 neither leads nor cooperates on task %2.</source>
        <translation>%1 既不是任务 %2 的牵头单位，也不是其配合单位。</translation>
    </message>
    <message>
        <source>“%1” is not a period such as 2018-Q2, 2018-H1, 2018 or 2018-05.</source>
        <translation>“%1”不是有效的报送期，应形如 2018-Q2、2018-H1、2018 或 2018-05。</translation>
    </message>
    <message>
        <source>the percent is missing.</source>
        <translation>缺少完成进度。</translation>
    </message>
    <message>
        <source>the status is missing.</source>
        <translation>缺少状态。</translation>
    </message>
    <message>
        <source>“%1” is not a status; use %2.</source>
        <translation>“%1”不是有效的状态，应为以下之一：%2。</translation>
    </message>
    <message>
        <source>a task reported done is at 100%, not %1%.</source>
        <translation>报送为已完成的任务，完成进度应为 100%，而不是 %1%。</translation>
    </message>
    <message>
        <source>%1 is after today.</source>
        <translation>%1 晚于今天。</translation>
    </message>
    <message>
        <source>%1 is before the period %2 began.</source>
        <translation>%1 早于报送期 %2 的开始日期。</translation>
    </message>
    <message>
        <source>the same task, department and period as %1.</source>
        <translation>与 %1 的任务、单位和报送期重复。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QuantityInput</name>
    <message>
        <source>%1: enter a number.</source>
        <translation>%1：请填写数字。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number with at most four decimal places (for example %3).</source>
        <translation>%1：“%2”不是有效数字，最多保留四位小数（例如 %3）。</translation>
    </message>
    <message>
        <source>%1: a count in %2 cannot be negative.</source>
        <translation>%1：以“%2”计数的数量不能为负数。</translation>
    </message>
    <message>
        <source>%1: %2 counts whole items; enter a whole number.</source>
        <translation>%1：“%2”按整数计数，请填写整数。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>task %1</source>
        <translation>任务%1</translation>
    </message>
    <message>
        <source>work item %1.%2 %3</source>
        <translation>工作事项%1.%2 %3</translation>
    </message>
    <message>
        <source>measure %1 %2</source>
        <translation>保障措施%1 %2</translation>
    </message>
    <message>
        <source>task %1 %2</source>
        <translation>任务%1 %2</translation>
    </message>
    <message>
        <source>Report for %1 on %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Action item of the meeting of %1: %2</source>
        <translation>%1会议督办事项：%2</translation>
    </message>
    <message>
        <source>Finish %1 (%2% done)</source>
        <translation>完成%1（已完成%2%）</translation>
    </message>
    <message>
        <source>Due and overdue as of %1</source>
        <translation>截至%1的到期及逾期事项</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message numerus="yes">
        <source>due %1, %n day(s) overdue</source>
        <translation>
            <numerusform>%1到期，已逾期%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today (%1)</source>
        <translation>今天到期（%1）</translation>
    </message>
    <message numerus="yes">
        <source>due %1, in %n day(s)</source>
        <translation>
            <numerusform>%1到期，还有%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1. %2 — %3</source>
        <translation>  %1. %2——%3</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Due &amp;within:</source>
        <translation>到期时限(&amp;W)：</translation>
    </message>
    <message>
        <source>Department / what is due</source>
        <translation>单位 / 待办事项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>&amp;Show at start</source>
        <translation>启动时显示(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>no such record</source>
        <translation>记录不存在</translation>
    </message>
    <message>
        <source>someone else deleted it meanwhile</source>
        <translation>其间已被他人删除</translation>
    </message>
    <message>
        <source>someone else saved a change to it meanwhile</source>
        <translation>其间已有他人保存了修改</translation>
    </message>
</context>
<context>
    <name>Restorer</name>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>数据库不能用自身恢复。</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be restored: %2</source>
        <translation>备份“%1”无法用于恢复：%2</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged and was not restored: %2</source>
        <translation>备份“%1”已损坏，未恢复：%2</translation>
    </message>
    <message>
        <source>“%1” is still open in another program; close it and try again. Nothing was changed.</source>
        <translation>“%1”仍在其他程序中打开；请关闭后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>Could not copy the backup next to “%1”; is the disk full? Nothing was changed.</source>
        <translation>无法把备份复制到“%1”旁边；磁盘是否已满？未做任何更改。</translation>
    </message>
    <message>
        <source>The restored “%1” did not pass the check; the previous file is kept as “%2”.</source>
        <translation>恢复后的“%1”未通过检查；原文件保留为“%2”。</translation>
    </message>
    <message>
        <source>Could not move “%1” aside; is it open in another program? Nothing was changed.</source>
        <translation>无法将“%1”改名留存；是否有其他程序正在使用它？未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” was not replaced, because backing it up first failed: %2</source>
        <translation>未替换“%1”，因为事先备份它失败：%2</translation>
    </message>
    <message>
        <source>Could not put the backup in place of “%1”; it was left as it was.</source>
        <translation>无法用备份替换“%1”；它保持原样。</translation>
    </message>
</context>
<context>
    <name>ReturnsSheet</name>
    <message>
        <source>the workbook cannot be created.</source>
        <translation>无法创建工作簿。</translation>
    </message>
</context>
<context>
    <name>ReturnsTemplates</name>
    <message>
        <source>There is no department with id %1.</source>
        <translation>不存在 ID 为 %1 的单位。</translation>
    </message>
    <message>
        <source>%1 owes no report in the round “%2” (%3).</source>
        <translation>%1 在报送轮次“%2”（%3）中没有应报送的进展。</translation>
    </message>
    <message>
        <source>Nobody owes a report in the round “%1” (%2), so there is no template to write.</source>
        <translation>报送轮次“%1”（%2）中没有任何单位需要报送，因此无需生成模板。</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”: %2</source>
        <translation>无法在文件夹“%1”中写入文件：%2</translation>
    </message>
    <message>
        <source>Writing the returns templates was cancelled; no file was written.</source>
        <translation>已取消生成报送模板，未写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot replace “%1”; is it open in another program?</source>
        <translation>无法替换“%1”，该文件是否已在其他程序中打开？</translation>
    </message>
    <message>
        <source>Cannot move the finished template to “%1”.</source>
        <translation>无法将生成的模板移动到“%1”。</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another folder or allow replacing the files.</source>
        <translation>“%1”已存在，请另选文件夹或允许替换同名文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>“%1” is a folder or a link, not a template; move it away or choose another folder.</source>
        <translation>“%1”是文件夹或链接，不是模板；请将其移走或另选文件夹。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The template name “%1” would leave the folder “%2”.</source>
        <translation>模板名称“%1”会超出文件夹“%2”。</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Opens on:</source>
        <translation>开始日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>RoundEdits</name>
    <message>
        <source>Add reporting round “%1”</source>
        <translation>新建报送轮次“%1”</translation>
    </message>
    <message>
        <source>Edit reporting round “%1”</source>
        <translation>修改报送轮次“%1”</translation>
    </message>
    <message>
        <source>Delete reporting round “%1”</source>
        <translation>删除报送轮次“%1”</translation>
    </message>
</context>
<context>
    <name>RoundRepository</name>
    <message>
        <source>Saving the reporting round “%1”</source>
        <translation>保存报送轮次“%1”</translation>
    </message>
    <message>
        <source>Reading reporting round %1</source>
        <translation>读取报送轮次 %1</translation>
    </message>
    <message>
        <source>Reading the reporting rounds of plan %1</source>
        <translation>读取方案 %1 的报送轮次</translation>
    </message>
    <message>
        <source>Deleting reporting round %1</source>
        <translation>删除报送轮次 %1</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SaveOnAccept</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address: it must start with postgresql://</source>
        <translation>“%1”不是服务器地址：应以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>“%1” is not a valid address: %2</source>
        <translation>“%1”不是有效地址：%2</translation>
    </message>
    <message>
        <source>The address must not contain a password (PlanDesk never keeps one in plain text). Put it in your password file (pgpass) or let PlanDesk ask for it.</source>
        <translation>地址中不能包含密码（PlanDesk 从不以明文保存密码）。请把密码写入您的密码文件（pgpass），或由 PlanDesk 询问。</translation>
    </message>
    <message>
        <source>“%1” names no server (host).</source>
        <translation>“%1”未指定服务器（主机）。</translation>
    </message>
    <message>
        <source>“%1” names no database: add /DATABASE after the server.</source>
        <translation>“%1”未指定数据库：请在服务器后加上 /数据库名。</translation>
    </message>
    <message>
        <source>“%1”: the port must be a number from 1 to 65535.</source>
        <translation>“%1”：端口应为 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>“%1”: sslmode must be one of %2.</source>
        <translation>“%1”：sslmode 应为 %2 之一。</translation>
    </message>
    <message>
        <source>“%1”: unknown setting “%2” (PlanDesk knows sslmode and service).</source>
        <translation>“%1”：未知设置“%2”（PlanDesk 支持 sslmode 和 service）。</translation>
    </message>
    <message>
        <source>%1 on %2:%3</source>
        <translation>%2:%3 上的 %1</translation>
    </message>
</context>
<context>
    <name>ServerLedgerDialog</name>
    <message>
        <source>Open Shared Ledger</source>
        <translation>打开共享台账</translation>
    </message>
    <message>
        <source>A ledger the office shares on a PostgreSQL server. Ask the office&apos;s administrator for these details.</source>
        <translation>办公室在 PostgreSQL 服务器上共享的台账。以下信息请向办公室管理员询问。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Name or IP address, e.g. 192.168.1.20</source>
        <translation>名称或 IP 地址，例如 192.168.1.20</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>The ledger&apos;s database on the server</source>
        <translation>台账在服务器上的数据库</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Your login on the server (empty: the name you sign in to this computer with)</source>
        <translation>您在服务器上的登录名（留空：使用本机登录名）</translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation>加密（SSL）(&amp;E)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>PlanDesk never stores a password. When the server asks for one, PlanDesk asks you and keeps it only until PlanDesk closes; a password file (pgpass) saves the question.</source>
        <translation>PlanDesk 从不保存密码。服务器要求密码时，PlanDesk 会询问您，并只保留到 PlanDesk 关闭；使用密码文件（pgpass）可免去询问。</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>login “%1”</source>
        <translation>登录名“%1”</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>您的登录名</translation>
    </message>
    <message>
        <source>The server refused that password for %1 (%2). Type it again:</source>
        <translation>服务器拒绝了%1的这个密码（%2）。请重新输入：</translation>
    </message>
    <message>
        <source>The server of %1 asks for the password of %2:</source>
        <translation>%1 的服务器要求输入%2的密码：</translation>
    </message>
    <message>
        <source>PlanDesk keeps it only until PlanDesk closes, never on disk. A password file (pgpass) on this computer saves you this question.</source>
        <translation>PlanDesk 只在关闭前保留密码，从不写入磁盘。在本机使用密码文件（pgpass）可免去此询问。</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>Cannot create the lock file “%1”: the folder cannot be written to.</source>
        <translation>无法创建锁文件“%1”：该文件夹不可写。</translation>
    </message>
    <message>
        <source>Cannot create the lock file “%1”.</source>
        <translation>无法创建锁文件“%1”。</translation>
    </message>
    <message>
        <source>“%1” is already open in another PlanDesk window (its lock file “%2” cannot be read).</source>
        <translation>“%1”已在另一个 PlanDesk 窗口中打开（其锁文件“%2”无法读取）。</translation>
    </message>
    <message>
        <source>“%1” is already open in PlanDesk on %2 (process %3) since %4.</source>
        <translation>“%1”已于 %4 起在 %2 上的 PlanDesk 中打开（进程 %3）。</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>未知计算机</translation>
    </message>
</context>
<context>
    <name>SheetFile</name>
    <message>
        <source>%1: PlanDesk reads .xlsx and .csv files; open this file in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>%1：PlanDesk 只能读取 .xlsx 和 .csv 文件，请在 Excel 或 WPS 中打开此文件并另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1: not a spreadsheet PlanDesk reads (.xlsx or .csv).</source>
        <translation>%1：不是 PlanDesk 可读取的表格文件（.xlsx 或 .csv）。</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>the percentage must be between 0 and 100</source>
        <translation>完成比例须在 0 到 100 之间</translation>
    </message>
    <message>
        <source>the due date must not be before the start date</source>
        <translation>完成时限不能早于开始日期</translation>
    </message>
    <message>
        <source>a task marked done must be 100% complete</source>
        <translation>标记为已完成的任务，完成比例须为 100%</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>任务须填写标题</translation>
    </message>
    <message>
        <source>the group belongs to another plan</source>
        <translation>该分组属于其他方案</translation>
    </message>
    <message>
        <source>work items can only be added to top-level tasks</source>
        <translation>只能在一级任务下添加工作事项</translation>
    </message>
    <message>
        <source>a task that has work items cannot become a work item</source>
        <translation>含有工作事项的任务不能改为工作事项</translation>
    </message>
    <message>
        <source>a work item must stay in its task&apos;s group</source>
        <translation>工作事项须与所属任务处于同一分组</translation>
    </message>
    <message>
        <source>a task cannot be its own parent</source>
        <translation>任务不能作为自身的上级任务</translation>
    </message>
    <message>
        <source>a department needs a name</source>
        <translation>单位须填写名称</translation>
    </message>
    <message>
        <source>the period must look like 2018, 2018-H1, 2018-Q2 or 2018-05</source>
        <translation>期间格式应为 2018、2018-H1、2018-Q2 或 2018-05</translation>
    </message>
    <message>
        <source>a baseline needs both a value and a year</source>
        <translation>基期值须同时填写数值和年份</translation>
    </message>
    <message>
        <source>the baseline year must not be after the target year</source>
        <translation>基期年份不能晚于目标年份</translation>
    </message>
    <message>
        <source>approved minutes need an approval date, drafts none</source>
        <translation>已审定的会议纪要须填写审定日期，草稿不填写</translation>
    </message>
    <message>
        <source>an attendee needs a department or a name</source>
        <translation>参会单位/人员须填写单位或姓名</translation>
    </message>
    <message>
        <source>an action item needs a description</source>
        <translation>督办事项须填写事项内容</translation>
    </message>
    <message>
        <source>a closed action item needs a closing date, an open one none</source>
        <translation>已办结的督办事项须填写办结日期，未办结的不填写</translation>
    </message>
    <message>
        <source>the audit log cannot be changed</source>
        <translation>操作留痕不可修改</translation>
    </message>
    <message>
        <source>a department with this name already exists</source>
        <translation>已存在同名单位</translation>
    </message>
    <message>
        <source>another task in this group already has this number</source>
        <translation>本组中已有任务使用该序号</translation>
    </message>
    <message>
        <source>another work item of this task already has this number</source>
        <translation>该任务下已有工作事项使用该序号</translation>
    </message>
    <message>
        <source>another group of this plan has this position</source>
        <translation>本方案中已有分组使用该排序位置</translation>
    </message>
    <message>
        <source>a task has exactly one lead department</source>
        <translation>每项任务须有且仅有一个牵头单位</translation>
    </message>
    <message>
        <source>a department is listed twice for the same task</source>
        <translation>同一任务中重复列出了同一单位</translation>
    </message>
    <message>
        <source>two departments of a task share a position</source>
        <translation>同一任务中有两个单位的排序位置相同</translation>
    </message>
    <message>
        <source>this department already reported on this task for this period</source>
        <translation>该单位已报送本任务本期的进展</translation>
    </message>
    <message>
        <source>another indicator of this plan has this code</source>
        <translation>本方案中已有指标使用该编码</translation>
    </message>
    <message>
        <source>another indicator of this plan has this position</source>
        <translation>本方案中已有指标使用该排序位置</translation>
    </message>
    <message>
        <source>this indicator already has a value for this period</source>
        <translation>该指标本期已有数值</translation>
    </message>
    <message>
        <source>this attendee is already listed</source>
        <translation>该参会单位/人员已在名单中</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist or is still in use</source>
        <translation>所引用的记录不存在，或该记录仍在使用中</translation>
    </message>
    <message>
        <source>“%1” is required</source>
        <translation>“%1”为必填项</translation>
    </message>
    <message>
        <source>the minutes are approved and locked; record an amendment instead</source>
        <translation>纪要已审定并锁定，如需更正请登记纪要修正</translation>
    </message>
    <message>
        <source>only approved minutes are amended, on or after the approval date</source>
        <translation>只有已审定的纪要才能修正，且修正日期不得早于审定日期</translation>
    </message>
    <message>
        <source>an amendment cannot be changed or removed</source>
        <translation>纪要修正不能修改或删除</translation>
    </message>
    <message>
        <source>an amendment needs its text</source>
        <translation>纪要修正须填写修正内容</translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation>纪要修正须填写修正原因</translation>
    </message>
    <message>
        <source>an action item is reviewed only at a later meeting of the same plan</source>
        <translation>督办事项只能在同一方案此后召开的会议上登记督办情况</translation>
    </message>
    <message>
        <source>a reporting round needs a title</source>
        <translation>报送轮次须有名称</translation>
    </message>
    <message>
        <source>the round&apos;s due date must not be before it opens</source>
        <translation>报送轮次的截止日期不能早于开始日期</translation>
    </message>
    <message>
        <source>the three weights must add up to 100</source>
        <translation>三项权重之和须为100</translation>
    </message>
    <message>
        <source>a reporting round for this period already exists</source>
        <translation>该期间的报送轮次已存在</translation>
    </message>
    <message>
        <source>this meeting already reviewed this action item</source>
        <translation>本次会议已登记过该督办事项的督办情况</translation>
    </message>
    <message>
        <source>an action item followed up in approved minutes cannot be deleted</source>
        <translation>已在审定纪要中登记督办情况的督办事项不能删除</translation>
    </message>
    <message>
        <source>The database is busy: another program (another PlanDesk, a backup or sync tool) is writing to it. Your change has not been saved; try again in a moment.</source>
        <translation>数据库正忙：另一个程序（另一个 PlanDesk、备份或同步工具）正在写入。您的修改尚未保存，请稍后重试。</translation>
    </message>
    <message>
        <source>the database server refused: your login has no right to do this. To view the ledger a login needs the role plandesk_viewer, to change it plandesk_editor; ask the office&apos;s administrator. (%1)</source>
        <translation>数据库服务器拒绝：您的登录名没有此项权限。查看台账需要 plandesk_viewer 角色，修改台账需要 plandesk_editor 角色；请联系办公室管理员。（%1）</translation>
    </message>
    <message>
        <source>the ledger is open read-only; nothing was changed</source>
        <translation>台账以只读方式打开，未作任何改动</translation>
    </message>
    <message>
        <source>the connection to the database server was lost; your change has not been saved (%1)</source>
        <translation>与数据库服务器的连接已断开，您的修改尚未保存（%1）</translation>
    </message>
</context>
<context>
    <name>SupervisionLoader</name>
    <message>
        <source>Reading the supervision records of plan %1: %2</source>
        <translation>读取方案 %1 的督办记录：%2</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The files hold nothing new to import.</source>
        <translation>文件中没有需要导入的新内容。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the files.</source>
        <translation>
            <numerusform>未导入任何内容：文件中有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database changed since the files were checked; nothing was imported. Check them again.</source>
        <translation>检查文件后数据库已发生变化，未导入任何内容。请重新检查文件。</translation>
    </message>
    <message>
        <source>this template was written for the plan %1, not for this database&apos;s plan %2.</source>
        <translation>此模板是为方案 %1 生成的，不是本数据库的方案 %2。</translation>
    </message>
    <message>
        <source>another file chosen has this name too; import them one at a time, or rename one.</source>
        <translation>所选的另一个文件也叫这个名字；请逐个导入，或将其中一个改名。</translation>
    </message>
</context>
<context>
    <name>TaskCharts</name>
    <message>
        <source>Tasks by pace, per group</source>
        <translation>各部分任务序时进度情况</translation>
    </message>
    <message>
        <source>Tasks and measures</source>
        <translation>任务和措施</translation>
    </message>
    <message>
        <source>Average progress of the tasks</source>
        <translation>任务平均完成进度</translation>
    </message>
    <message>
        <source>Average percent done</source>
        <translation>平均完成进度</translation>
    </message>
    <message>
        <source>Expected by the pace rule</source>
        <translation>序时进度要求</translation>
    </message>
</context>
<context>
    <name>TaskDetailPanel</name>
    <message>
        <source>Clause</source>
        <translation>方案条文</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Change departments…</source>
        <translation>调整责任单位…</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>&amp;Number:</source>
        <translation>序号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Lead department:</source>
        <translation>牵头单位(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>完成时限(&amp;D)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Percent done:</source>
        <translation>完成率(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>TaskEdits</name>
    <message>
        <source>Add work item “%1”</source>
        <translation>新增工作事项“%1”</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation>修改任务 %1</translation>
    </message>
    <message>
        <source>Change the departments of a task</source>
        <translation>修改任务的责任单位</translation>
    </message>
    <message>
        <source>Tasks of the plan document cannot be deleted; only work items can.</source>
        <translation>方案文件中的任务不能删除，只能删除工作事项。</translation>
    </message>
    <message>
        <source>Delete work item “%1”</source>
        <translation>删除工作事项“%1”</translation>
    </message>
    <message>
        <source>Record progress of task %1 for %2</source>
        <translation>报送任务 %1 的 %2 进展</translation>
    </message>
    <message>
        <source>Delete the report for %1</source>
        <translation>删除 %1 的进展报告</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>Saving task %1 “%2”</source>
        <translation>保存任务 %1“%2”</translation>
    </message>
    <message>
        <source>Reading task %1</source>
        <translation>读取任务 %1</translation>
    </message>
    <message>
        <source>Reading the tasks of plan %1</source>
        <translation>读取方案 %1 的任务</translation>
    </message>
    <message>
        <source>Deleting task %1</source>
        <translation>删除任务 %1</translation>
    </message>
    <message>
        <source>Saving the departments of task %1</source>
        <translation>保存任务 %1 的责任单位</translation>
    </message>
    <message>
        <source>a task has exactly one lead department</source>
        <translation>每项任务须有且仅有一个牵头单位</translation>
    </message>
    <message>
        <source>Reading the departments of task %1</source>
        <translation>读取任务 %1 的责任单位</translation>
    </message>
    <message>
        <source>Reading the tasks of department %1</source>
        <translation>读取单位 %1 的任务</translation>
    </message>
    <message>
        <source>Reading the departments of plan %1&apos;s tasks</source>
        <translation>读取方案 %1 各任务的责任单位</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>One workbook &amp;per department</source>
        <translation>每个单位一个工作簿(&amp;P)</translation>
    </message>
    <message>
        <source>One workbook for &amp;all departments</source>
        <translation>所有单位共用一个工作簿(&amp;A)</translation>
    </message>
    <message>
        <source>Only for &amp;department:</source>
        <translation>仅限单位(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Replace files of the same names</source>
        <translation>替换同名文件(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TransactionGuard</name>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>“%1”以只读方式打开。</translation>
    </message>
    <message>
        <source>The database is busy or locked: %1</source>
        <translation>数据库正忙或已被锁定：%1</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>当前没有打开的事务。</translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: %1</source>
        <translation>保存失败，未作任何更改：%1</translation>
    </message>
</context>
<context>
    <name>ValueRows</name>
    <message>
        <source>the value is missing.</source>
        <translation>缺少数值。</translation>
    </message>
    <message>
        <source>%1 is negative; %2 cannot be.</source>
        <translation>%1 为负数，而“%2”不能为负数。</translation>
    </message>
    <message>
        <source>%1% is more than 100%.</source>
        <translation>%1% 超过 100%。</translation>
    </message>
    <message>
        <source>%1 is more than %2 times the target of %3%4; check the unit.</source>
        <translation>%1 超过目标值 %3%4 的 %2 倍，请检查计量单位。</translation>
    </message>
    <message>
        <source>the indicator&apos;s code is missing.</source>
        <translation>缺少指标编码。</translation>
    </message>
    <message>
        <source>the plan has no indicator “%1”.</source>
        <translation>方案中没有指标“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a period such as 2019, 2019-H1, 2019-Q4 or 2019-05.</source>
        <translation>“%1”不是有效的报送期，应形如 2019、2019-H1、2019-Q4 或 2019-05。</translation>
    </message>
    <message>
        <source>the unit “%1” is not the indicator&apos;s unit “%2”.</source>
        <translation>计量单位“%1”与该指标的计量单位“%2”不一致。</translation>
    </message>
    <message>
        <source>the as-of date is missing.</source>
        <translation>缺少截至日期。</translation>
    </message>
    <message>
        <source>%1 is after today.</source>
        <translation>%1 晚于今天。</translation>
    </message>
    <message>
        <source>%1 is before the period %2 began.</source>
        <translation>%1 早于报送期 %2 的开始日期。</translation>
    </message>
    <message>
        <source>the same indicator and period as %1.</source>
        <translation>与 %1 的指标和报送期重复。</translation>
    </message>
</context>
<context>
    <name>XlsxArchive</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the workbook must be read from a file, not a stream</source>
        <translation>工作簿必须从文件读取，不能从数据流读取</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete: its zip directory cannot be read</source>
        <translation>文件已损坏或不完整：无法读取其 zip 目录</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>this is an Excel 97–2003 workbook (.xls) or a password-protected workbook; open it in Excel or WPS and save it as an unprotected .xlsx</source>
        <translation>这是 Excel 97–2003 工作簿（.xls）或受密码保护的工作簿，请在 Excel 或 WPS 中打开并另存为未加密的 .xlsx 文件</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (the file is not a zip archive); save it from Excel or WPS as .xlsx</source>
        <translation>这不是 .xlsx 工作簿（该文件不是 zip 压缩包），请在 Excel 或 WPS 中另存为 .xlsx 文件</translation>
    </message>
    <message>
        <source>the file is damaged: its zip directory is unreadable</source>
        <translation>文件已损坏：无法读取其 zip 目录</translation>
    </message>
    <message>
        <source>the archive holds %1 members; a workbook this program reads holds at most %2</source>
        <translation>压缩包包含 %1 个成员文件，本程序可读取的工作簿最多包含 %2 个</translation>
    </message>
    <message>
        <source>the archive holds more than %1 members</source>
        <translation>压缩包包含的成员文件超过 %1 个</translation>
    </message>
    <message>
        <source>the zip member &quot;%1&quot; points outside the workbook (an absolute path, a drive, a backslash or &quot;..&quot;); this is not a genuine workbook</source>
        <translation>zip 成员文件“%1”指向工作簿之外（绝对路径、驱动器、反斜杠或“..”），这不是真正的工作簿</translation>
    </message>
    <message>
        <source>the zip member &quot;%1&quot; appears twice; the file is not a genuine workbook</source>
        <translation>zip 成员文件“%1”重复出现，该文件不是真正的工作簿</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %1 MB; this program reads workbooks up to that size</source>
        <translation>工作簿解压后超过 %1 MB，本程序只能读取不超过此大小的工作簿</translation>
    </message>
    <message>
        <source>the zip member %1 is damaged and cannot be unpacked</source>
        <translation>zip 成员文件 %1 已损坏，无法解压</translation>
    </message>
    <message>
        <source>the workbook is password-protected; remove the password in Excel or WPS and save it again</source>
        <translation>工作簿受密码保护，请在 Excel 或 WPS 中取消密码后重新保存</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %1 MB (passed while unpacking %2); this is not an ordinary workbook</source>
        <translation>工作簿解压后超过 %1 MB（在解压 %2 时超出），这不是普通的工作簿</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the file holds no xl/workbook.xml, so it is not an Excel workbook (a Word or PowerPoint file?)</source>
        <translation>文件中没有 xl/workbook.xml，因此不是 Excel 工作簿（是否为 Word 或 PowerPoint 文件？）</translation>
    </message>
    <message>
        <source>sheet %1 has no part in the package (relationship &quot;%2&quot; is missing)</source>
        <translation>工作表 %1 在文件包中没有对应的部件（缺少关系“%2”）</translation>
    </message>
    <message>
        <source>the workbook has more than %1 sheets</source>
        <translation>工作簿包含的工作表超过 %1 个</translation>
    </message>
    <message>
        <source>the workbook refers to &quot;%1&quot;, outside the workbook; this is not a genuine workbook</source>
        <translation>工作簿引用了工作簿之外的“%1”，这不是真正的工作簿</translation>
    </message>
    <message>
        <source>the workbook refers to %1, which the file does not hold</source>
        <translation>工作簿引用了 %1，但文件中没有该部件</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>row number &quot;%1&quot; is not valid</source>
        <translation>行号“%1”无效</translation>
    </message>
    <message>
        <source>row %1 lies beyond Excel&apos;s last row, %2</source>
        <translation>第 %1 行超出了 Excel 的最后一行（第 %2 行）</translation>
    </message>
    <message>
        <source>cell reference &quot;%1&quot; is not valid</source>
        <translation>单元格引用“%1”无效</translation>
    </message>
    <message>
        <source>cell %1 lies beyond Excel&apos;s last column, XFD</source>
        <translation>单元格 %1 超出了 Excel 的最后一列 XFD</translation>
    </message>
    <message>
        <source>the cell holds %1 characters; a cell holds at most %2</source>
        <translation>单元格包含 %1 个字符，单元格最多只能容纳 %2 个字符</translation>
    </message>
    <message>
        <source>the cell refers to shared string %1, but the workbook has %2</source>
        <translation>单元格引用了共享字符串 %1，但工作簿中只有 %2 个共享字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a true/false value</source>
        <translation>“%1”不是逻辑值（TRUE/FALSE）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>unknown cell type &quot;%1&quot;</source>
        <translation>未知的单元格类型“%1”</translation>
    </message>
    <message>
        <source>the workbook holds more cells than this program reads (counting blanks between filled cells)</source>
        <translation>工作簿包含的单元格超出本程序可读取的数量（含已填单元格之间的空白单元格）</translation>
    </message>
    <message>
        <source>%1 holds more than %2 strings</source>
        <translation>%1 包含的字符串超过 %2 个</translation>
    </message>
    <message>
        <source>(a formula without a calculated value)</source>
        <translation>（未计算出结果的公式）</translation>
    </message>
    <message>
        <source>this row appears twice in the sheet</source>
        <translation>该行在工作表中出现了两次</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>Cannot write %1: %2 rows and %3 columns do not fit in one Excel sheet.</source>
        <translation>无法写入 %1：%2 行 %3 列超出了单个 Excel 工作表的容量。</translation>
    </message>
    <message>
        <source>Cannot write %1: no temporary folder: %2</source>
        <translation>无法写入 %1：没有可用的临时文件夹：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: libxlsxwriter could not start a workbook.</source>
        <translation>无法写入 %1：libxlsxwriter 无法创建工作簿。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: “%2” cannot name an Excel sheet: %3</source>
        <translation>无法写入 %1：“%2”不能用作 Excel 工作表名称：%3</translation>
    </message>
    <message>
        <source>Cannot write %1: libxlsxwriter ran out of memory.</source>
        <translation>无法写入 %1：libxlsxwriter 内存不足。</translation>
    </message>
    <message>
        <source>%1 characters of text; an Excel cell holds at most %2.</source>
        <translation>文本有 %1 个字符，Excel 单元格最多只能容纳 %2 个字符。</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>the .xlsx workbook</source>
        <translation>.xlsx 工作簿</translation>
    </message>
</context>
<context>
    <name>XlsxXmlPart</name>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translation>%1 不是格式正确的 XML（第 %2 行，第 %3 列）：%4</translation>
    </message>
    <message>
        <source>%1 holds a document type definition (line %2), which no workbook has</source>
        <translation>%1 包含文档类型定义（第 %2 行），正常的工作簿不会包含此内容</translation>
    </message>
    <message>
        <source>%1 holds a tag, comment or CDATA section longer than %2 bytes (line %3)</source>
        <translation>%1 包含长度超过 %2 字节的标签、注释或 CDATA 段（第 %3 行）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PlanDesk</source>
        <translation>PlanDesk</translation>
    </message>
    <message>
        <source>Interface language (zh_CN or en).</source>
        <translation>界面语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>Judge pace on this date instead of today.</source>
        <translation>以该日期（而非今天）计算序时进度。</translation>
    </message>
    <message>
        <source>Save a picture of every page into DIR and quit (for the documentation).</source>
        <translation>将每个页面的截图保存到 DIR 后退出（用于编写文档）。</translation>
    </message>
    <message>
        <source>--as-of takes a date like 2019-06-30.</source>
        <translation>--as-of 须为日期，格式如 2019-06-30。</translation>
    </message>
    <message>
        <source>The database to open: a file, or a shared ledger on a server (postgresql://USER@SERVER/DATABASE).</source>
        <translation>要打开的数据库：文件，或服务器上的共享台账（postgresql://用户@服务器/数据库）。</translation>
    </message>
</context>
</TS>
