<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentRole</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>Reading the history of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” came out empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the backup into place as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Write a consistent copy of a database, even while PlanDesk is using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a database&apos;s integrity and foreign keys without changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 failed the check with %n problem(s):</source>
        <translation>
            <numerusform>%1 failed the check with %n problem:</numerusform>
            <numerusform>%1 failed the check with %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>ok: %1 (schema %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “plandesk --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: expected %n argument(s), got %2.</source>
        <translation>
            <numerusform>%1: expected %n argument, got %2.</numerusform>
            <numerusform>%1: expected %n arguments, got %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one kind of record as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (UTF-8 with BOM, for Excel) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; “-” or none for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind “%1”; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database holding the built-in plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to create (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sample progress, indicator values and meetings, marked as sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with “%2”: %3 tasks and measures, %4 departments, %5 indicators%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, plus sample data</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by an older PlanDesk; open it in PlanDesk once to upgrade it (a backup is kept), then export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to standard output failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” already exists; PlanDesk will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database “%1” does not exist (use “plandesk init” to create one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PlanDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of PlanDesk (schema %2; this version knows up to %3). It has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch “%1” to WAL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot use WAL journaling here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not upgrading “%1”, because the backup failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query returned no row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultDatabase</name>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The plan has no tasks to add sample data to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentKind</name>
    <message>
        <source>Government body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All member units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>Saving department “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding department “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting department %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Unknown export kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>Saving indicator “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the indicators of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the value for %1 of indicator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading indicator value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the values of indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the indicator values of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving indicator value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting indicator value %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key: row %1 of %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n department</numerusform>
            <numerusform>%n departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress report(s)</source>
        <translation>
            <numerusform>%n progress report</numerusform>
            <numerusform>%n progress reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator value(s)</source>
        <translation>
            <numerusform>%n indicator value</numerusform>
            <numerusform>%n indicator values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Regular meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>Saving the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the meetings of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the attendees of meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the attendees of meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving action item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading action item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the action items of meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the action items of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting action item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the schema to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the migration did not set user_version to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key violation in table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another, newer PlanDesk upgraded the file meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabase</name>
    <message>
        <source>“%1” already exists; PlanDesk will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the new database into place as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::MainWindow</name>
    <message>
        <source>Plan &amp;&amp; tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PlanDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PlanDesk %1&lt;/h3&gt;&lt;p&gt;Keeps a policy plan&apos;s tasks, departments, indicators and meetings for the office of the leading group.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::PlanPage</name>
    <message>
        <source>Filter by number, title or department (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::TaskTreeModel</name>
    <message>
        <source>Expected %1% by %2, reported %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperating departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data (from “plandesk init --demo”), not the office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date like 2017-04-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number with at most %1 decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be “plandesk-plan”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 (this PlanDesk reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department “%1” is not listed under departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a department name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice for this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 is used twice in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a baseline needs both “baseline” and “baseline_year”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code “%1” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s):</source>
        <translation>
            <numerusform>%1 has %n problem:</numerusform>
            <numerusform>%1 has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Saving plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the groups of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressRepository</name>
    <message>
        <source>Saving the report on task %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading progress report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reports on task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reports of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving progress report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting progress report %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>no such record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>the percentage must be between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date must not be before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task marked done must be 100% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group belongs to another plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work items can only be added to top-level tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task that has work items cannot become a work item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a work item must stay in its task&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a department needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period must look like 2018, 2018-H1, 2018-Q2 or 2018-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a baseline needs both a value and a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baseline year must not be after the target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved minutes need an approval date, drafts none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attendee needs a department or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action item needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closed action item needs a closing date, an open one none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a department with this name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another task in this group already has this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another work item of this task already has this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another group of this plan has this position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task has exactly one lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a department is listed twice for the same task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two departments of a task share a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this department already reported on this task for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another indicator of this plan has this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another indicator of this plan has this position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this indicator already has a value for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this attendee is already listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to a record that does not exist or is still in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>Saving task %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tasks of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the departments of task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task has exactly one lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the departments of task %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionGuard</name>
    <message>
        <source>“%1” is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (zh_CN or en).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
