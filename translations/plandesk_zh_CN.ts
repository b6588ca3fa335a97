<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Writing the backup “%1” failed: %2</source>
        <translation>写入备份“%1”失败：%2</translation>
    </message>
    <message>
        <source>The backup “%1” came out empty.</source>
        <translation>生成的备份“%1”为空。</translation>
    </message>
    <message>
        <source>Could not move the backup into place as “%1”.</source>
        <translation>无法将备份保存为“%1”。</translation>
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
        <source>The backup file to write (must not exist).</source>
        <translation>要生成的备份文件（不能是已有文件）。</translation>
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
        <source>Write one kind of record as CSV or JSON.</source>
        <translation>将某一类记录导出为 CSV 或 JSON 格式。</translation>
    </message>
    <message>
        <source>The database to read.</source>
        <translation>要读取的数据库。</translation>
    </message>
    <message>
        <source>csv (UTF-8 with BOM, for Excel) or json.</source>
        <translation>csv（带 BOM 的 UTF-8，适用于 Excel）或 json。</translation>
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
        <source>--format must be csv or json.</source>
        <translation>--format 只能为 csv 或 json。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Create a new database holding the built-in plan.</source>
        <translation>新建数据库并写入内置方案。</translation>
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
        <source>Usage: plandesk [--db FILE] [--lang zh_CN|en]  open the window
       plandesk init --db FILE [--demo]     create a database with the built-in plan
       plandesk export KIND --db FILE --format csv|json [--out FILE|-]
                 KIND: %1
       plandesk check --db FILE             check integrity and foreign keys
       plandesk backup --db FILE --out FILE write a consistent copy
       plandesk --version | --help
Run “plandesk COMMAND --help” for a command&apos;s options.</source>
        <translation>用法： plandesk [--db FILE] [--lang zh_CN|en]  打开主窗口
       plandesk init --db FILE [--demo]     新建数据库并写入内置方案
       plandesk export KIND --db FILE --format csv|json [--out FILE|-]
                 KIND 可选：%1
       plandesk check --db FILE             检查完整性和外键
       plandesk backup --db FILE --out FILE 生成一致的备份副本
       plandesk --version | --help
运行“plandesk COMMAND --help”可查看各命令的选项。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>“%1” was written by an older PlanDesk; open it in PlanDesk once to upgrade it (a backup is kept), then export.</source>
        <translation>“%1”由旧版 PlanDesk 生成；请先用 PlanDesk 打开一次以完成升级（升级前会自动备份），再导出。</translation>
    </message>
    <message>
        <source>Writing to standard output failed: %1</source>
        <translation>写入标准输出失败：%1</translation>
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
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Unknown export kind.</source>
        <translation>未知的导出类型。</translation>
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
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
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
</context>
<context>
    <name>PlanDesk::MainWindow</name>
    <message>
        <source>Plan &amp;&amp; tasks</source>
        <translation>方案与任务</translation>
    </message>
    <message>
        <source>The database holds no plan.</source>
        <translation>数据库中没有方案。</translation>
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
</context>
<context>
    <name>PlanDesk::PlanPage</name>
    <message>
        <source>Filter by number, title or department (Ctrl+F)</source>
        <translation>按序号、标题或单位筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Lead: </source>
        <translation>牵头单位：</translation>
    </message>
    <message>
        <source>Cooperating: </source>
        <translation>配合单位：</translation>
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
        <source>Done</source>
        <translation>已完成</translation>
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
        <source>Percent done</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Sample data (from “plandesk init --demo”), not the office&apos;s records</source>
        <translation>示例数据（由“plandesk init --demo”生成），并非办公室的真实记录</translation>
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
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处不是有效的 JSON：%3</translation>
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
        <source>number %1 is used twice in this group</source>
        <translation>序号 %1 在本组中重复使用</translation>
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
</context>
<context>
    <name>Repository</name>
    <message>
        <source>no such record</source>
        <translation>记录不存在</translation>
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
    <name>main</name>
    <message>
        <source>PlanDesk</source>
        <translation>PlanDesk</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>要打开的数据库。</translation>
    </message>
    <message>
        <source>Interface language (zh_CN or en).</source>
        <translation>界面语言（zh_CN 或 en）。</translation>
    </message>
</context>
</TS>
