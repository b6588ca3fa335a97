<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>&amp;Owner department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionReviewRepository</name>
    <message>
        <source>Reading the action items carried into meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the follow-up of action item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the action item reviews of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the follow-up of action item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting review %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AgendaProposer</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on the progress of the key tasks and the main targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Follow up the %n action item(s) of earlier meetings still open:</source>
        <translation>
            <numerusform>Follow up the %n action item of earlier meetings still open:</numerusform>
            <numerusform>Follow up the %n action items of earlier meetings still open:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, due %3, overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, due %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tasks far behind pace (%n):</source>
        <translation>
            <numerusform>Task far behind pace (%n):</numerusform>
            <numerusform>Tasks far behind pace (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (led by %2; %3% done, overdue since %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (led by %2; %3% done, %4% expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Targets behind their required path (%n):</source>
        <translation>
            <numerusform>Target behind its required path (%n):</numerusform>
            <numerusform>Targets behind their required path (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3 against %4 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the next stage&apos;s work and divide responsibility.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>&amp;Made on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>&amp;Approved on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentComposer</name>
    <message>
        <source>%1 (whole year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 first half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 second half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks on pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items closed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights: reports on time %1%, tasks on pace %2%, action items closed on time %3%. Reports owed in rounds due in the period are met when handed in by the due date; tasks the department leads that have started, when on pace or done; action items due in the period, when closed by the due date. The score (out of 100) is the weighted mean of the parts that counted anything; departments with nothing counted are unscored and listed last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 (%2 to %3) · evaluated on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on sample data made by “plandesk init --demo”; not a real assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department assessment · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>Reading the assessment weights of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the assessment weights of plan %1</source>
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
    <name>AssignmentsDialog</name>
    <message>
        <source>&amp;Lead department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cooperating departments:</source>
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
    <name>BackupStore</name>
    <message>
        <source>on opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before upgrading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the backup folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove old backups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, because the backup before it failed: %1</source>
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
        <source>The backup “%1” came out empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the backup into place as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be written to the disk; is it full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup “%1” failed; nothing was written under that name and “%2” is unchanged: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingComposer</name>
    <message>
        <source>Progress briefing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress briefing · as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office of the leading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This briefing contains sample data made by “plandesk init --demo”; its figures are not real statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1, the plan has %2 key tasks and safeguard measures: %3 done, %4 on pace, %5 behind, %6 far behind or overdue and %7 not started; %8 are past their due date. Of its %9 targets, %10 are met and %11 more are on course to be met by the trend. %12 action items of the leading group are open, %13 of them overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required path runs straight from the baseline to the target at the end of the target year; the trend is a straight line fitted to the baseline and every value known on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend at target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key tasks and safeguard measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent done as reported by the lead department by %1; the pace is the share of each task&apos;s time that has passed.</source>
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
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue items by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting was held by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) of the leading group&apos;s meetings still open on %1, by the meeting that decided them.</source>
        <translation>
            <numerusform>%n action item of the leading group&apos;s meetings still open on %1, by the meeting that decided it.</numerusform>
            <numerusform>%n action items of the leading group&apos;s meetings still open on %1, by the meeting that decided them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reporting round had opened by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (period %2), due on %3: %4 reports owed by %5 departments; %6 handed in on time, %7 late, %8 missing after the due date and %9 not yet due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still owed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department assessment, %1 to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments to the approved minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3, %4; reason: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged on %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts show %1 of the %2 targets: red first, then yellow, then those with no value yet, each in the plan&apos;s order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing for the Regular Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overall standing with charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;tasks and safeguard measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue items by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action items from the previous meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the &amp;meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporting round: who has reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;epartment assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingLoader</name>
    <message>
        <source>Preparing the briefing of plan %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no meeting %1 in this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting %1 was held on %2, after the briefing&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>“%1” is not a percent; write a whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number; write a whole percent from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a fraction; write the percent as a whole number (60 for 60%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole percent; write a whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% is outside 0–100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2018-07-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ambiguous (which is the day, which the month?); write the date year first, as 2018-07-05.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
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
        <source>The database to read.</source>
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
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write; “-” for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the standing on this date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting whose minutes to include (default: the latest held by the date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of takes a date like 2019-06-30, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting takes a meeting number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no plan to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the briefing as of %1 to %2: %n page(s).</source>
        <translation>
            <numerusform>Wrote the briefing as of %1 to %2: %n page.</numerusform>
            <numerusform>Wrote the briefing as of %1 to %2: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to standard output failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out “%1” is the database itself (or one of its files); choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment only: the period to assess, e.g. 2019, 2019-H2 or 2019-Q4 (default: the year of --as-of).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment only: judge on this date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period and --as-of apply to the assessment only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period takes a period like 2019, 2019-H2, 2019-Q4 or 2019-05, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the regular-meeting briefing (charts, targets, tasks, overdue items, the reporting round, the department assessment, action items and minutes) as an A4 PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one kind of record as CSV, JSON or an Excel workbook (.xlsx), or the whole plan as a JSON plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (UTF-8 with BOM, for Excel), json, or xlsx (needs --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan only: the id of the plan to write (when the database holds several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan applies to the plan only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, json or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE (or --out - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan is written as a JSON plan file only; use --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no plan with the id “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds %2 plans; choose one with --plan: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import one file into the database, all or nothing: every problem is listed with its file, sheet, row and column, and then nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .xlsx workbook or a CSV file; for a plan, a plan file (.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the import (default: today): a blank report date means it, and no date may lie after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of and --dry-run apply to progress and values only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the plan in %1 as plan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no plan to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n problem.</numerusform>
            <numerusform>Nothing was imported: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checks out: %2. Nothing was written (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds nothing new: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reporting round for %1; the database has no rounds yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reporting round for %1; the rounds are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--department: there is no department named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the returns templates (.xlsx) of a reporting round: one per department owing reports, listing exactly the reports it owes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round&apos;s period, e.g. 2018-Q2 or 2019-H1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the template of this department (its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workbook for all departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace templates of the same names in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by an older PlanDesk; open it in PlanDesk once to upgrade it (a backup is kept), then run this command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database holding the built-in plan, or the plan of a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan file (docs/plan-format.md) to start from instead of the built-in plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo goes with the built-in plan only, not with --plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--one-workbook and --department exclude each other: one department&apos;s template is one workbook already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write (must not exist); without it, a backup goes into the database&apos;s backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a database&apos;s automatic backups, newest first, with what each holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database whose backups to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4
    %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup back in place of a database. The database being replaced is backed up first (or set aside, when it is too damaged to copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup that passes the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --from BACKUP or --latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup of %1 was found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the damaged file was set aside as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replaced database was backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 into “%2” failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Close it there first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a ledger on a database server. Its backups are the server&apos;s: the administrator makes them with pg_dump and restores them with pg_restore (see the README), not PlanDesk.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a ledger from a database file to a PostgreSQL server, every row with its own id and the audit log as it is, then read it back and compare. The file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to move (read only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty server database to move it to, postgresql://[user@]host[:port]/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from names the file to move, not a server address (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to names a server database, postgresql://…, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  copying %1: %2 of %3 rows
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified: every table on the server has the file&apos;s rows and checksum (%1 rows copied in %2 s, %3 rows/s; read back in %4 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <source>columns %1 name the same field twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row names the columns this import needs: %1 (looked in the first %2 rows of every sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row lacks the columns %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds %1, not a value; type the value itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file has %1 bytes, more than the %2 bytes a CSV file may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a CSV file: it looks like an Excel workbook (.xlsx) or another zip file; import it with the Excel (.xlsx) importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a CSV file: it looks like an old Excel workbook (.xls); save it from Excel as .xlsx or CSV and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a CSV file: it holds binary data (NUL bytes), not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UTF-16 text ends in the middle of a character; the file may have been cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a CSV file: it holds binary data (NUL characters), not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is longer than %1 characters, the most a cell can hold; reading stopped here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Qt has no GB18030 (GBK) decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field holds bytes that are not valid GB18030 (GBK) text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes %1 are not valid %2 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field that starts here has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows the closing quote of a quoted field; a quote inside a field must be doubled (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that is not quoted; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardDrillDown</name>
    <message>
        <source>Value for %1</source>
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
    <message>
        <source>The statement takes %1 values, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk may be full or failing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds a change that a program stopped half-way. It is not damaged: open it once in PlanDesk, not read-only, to undo that change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read just now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text contains a NUL character (U+0000), which the database server cannot store; remove it and save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement takes no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up a ledger in “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (on Debian: apt-get install libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no PlanDesk ledger. To set one up there: plandesk init --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already holds other tables; PlanDesk sets up a ledger only in an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already holds a PlanDesk ledger; PlanDesk will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was set up by a newer version of PlanDesk (schema %2; this version knows up to %3). It has been left untouched.</source>
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
    <name>DepartmentCharts</name>
    <message>
        <source>Lead departments: on pace and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks on pace or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks and measures led</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n action item(s) overdue)</source>
        <translation>
            <numerusform>%1 (%n action item overdue)</numerusform>
            <numerusform>%1 (%n action items overdue)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name as the documents write it (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
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
    <message>
        <source>Finding what refers to department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the departments of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentRows</name>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of department; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new department needs its kind: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like a telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no department called “%1”, and a new one needs its kind (the kind column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same department as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Add department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a department (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected department (Delete)</source>
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
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>place: message</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Unknown export kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no plan to assess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileLocation</name>
    <message>
        <source>“%1” is on the network share %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on %2, a mapped network drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on a network file system (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>“%1” is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PlanDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read just now; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read just now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s check found %n damaged place(s)</source>
        <translation>
            <numerusform>SQLite&apos;s check found %n damaged place</numerusform>
            <numerusform>SQLite&apos;s check found %n damaged places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;blems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportEdits</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n indicator value(s) from %1</source>
        <translation>
            <numerusform>Import %n indicator value from %1</numerusform>
            <numerusform>Import %n indicator values from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n progress report(s) from %1</source>
        <translation>
            <numerusform>Import %n progress report from %1</numerusform>
            <numerusform>Import %n progress reports from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n department(s) from %1</source>
        <translation>
            <numerusform>Import %n department from %1</numerusform>
            <numerusform>Import %n departments from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrected</source>
        <translation>
            <numerusform>%n corrected</numerusform>
            <numerusform>%n corrected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left blank</source>
        <translation>
            <numerusform>%n left blank</numerusform>
            <numerusform>%n left blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorCharts</name>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: %1 in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets: percent reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reached when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the end of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This baseline is sample data. Once you change it, it counts as the office&apos;s own figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible &amp;department:</source>
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
    <name>IndicatorValueDialog</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2019, 2019-H1, 2019-Q3 or 2019-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the statistics bureau&apos;s bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data, not the office&apos;s own figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt; — the plan&apos;s targets and the latest value reported for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete value</source>
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
</context>
<context>
    <name>LedgerCopy</name>
    <message>
        <source>Cannot read table “%1” of “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text contains a NUL character (U+0000), which the database server cannot store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table “%1”, row %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a ledger must be done by the database&apos;s owner (the login that set it up): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger to move must be a file, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger must move to a database server (postgresql://…), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by an older PlanDesk (schema %2); open it once in PlanDesk to upgrade it first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moving the ledger: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The copy was undone: no rows were written to “%2”. The empty ledger set up there stays; drop the database and create it again before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was saved, but cannot be read back to verify it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table “%1” on the server differs from the file: %2 rows (checksum %3) against %4 rows (checksum %5) in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerName</name>
    <message>
        <source>%1 — %2 — PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — login %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login %1 may only view this ledger; ask the office&apos;s administrator to add you to plandesk_editor to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerSummary</name>
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
    <name>LedgerTables</name>
    <message>
        <source>“%1” holds a table PlanDesk does not know, “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no table “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “%1”, table “%2” has the columns (%3), not (%4) as PlanDesk expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read table “%1”: %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Briefing as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the automatic backups, take one now, or restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open S&amp;hared Ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ledger the office shares on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEdits</name>
    <message>
        <source>Add meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record follow-up of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the follow-up of “%1”: someone else saved a change to the action item meanwhile</source>
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
    <message>
        <source>Reading the open action items of department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the reviews of meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving the minutes of meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they are already approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval date cannot be before the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amending the minutes of meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the amendments of meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other people, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Action Item from Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from earlier meetings: their action items still open on this meeting&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve Minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend Minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Follow-up…</source>
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
    <message>
        <source>Another, newer PlanDesk upgraded the database meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the migration did not set the schema version to %1</source>
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
    <message>
        <source>The ledger in “%1” was set up, but the plan was not installed, so it is empty: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenGuard</name>
    <message>
        <source>Database on a network share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database files are not safe on network shares: when two computers write to one at the same time it can be damaged. Keep the database on this computer&apos;s own disk and share it with others by backups (File ▸ Save a Copy) and exports. A mode for a shared database is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two windows editing the same ledger would overwrite each other&apos;s work. Open it read-only to look things up, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaceLight</name>
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
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedOutput</name>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office of the leading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::ActionItemDialog</name>
    <message>
        <source>Action Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the department must do, as decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was followed up (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner department: choose the department responsible for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: describe what the department must do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: the date cannot be before the meeting (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on: a done or cancelled item needs the date it was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on: only a done or cancelled item has this date; clear it or change the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on: the date cannot be before the meeting (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are approved: the owner and wording of their decisions are locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::ActionItemTableModel</name>
    <message>
        <source>Overdue: due %1 and not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data (from “plandesk init --demo”), not the office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::ActionItemsPanel</name>
    <message>
        <source>Action items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Action Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Action Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the action item “%1” of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are approved: their action items are locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::AmendmentDialog</name>
    <message>
        <source>Amend Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of “%1” were approved on %2 and stay as approved. The correction is appended below them with its reason and your name; it cannot be changed or removed afterwards, nor undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the minutes need correcting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected wording, as it should read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the minutes need correcting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: write the corrected wording.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::ApprovalDialog</name>
    <message>
        <source>Approve Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the minutes of “%1” (%2)?

Approval locks the minutes, the attendees, the action items&apos; wording and owners, and the follow-ups recorded at this meeting. It cannot be undone, not even with Edit ▸ Undo; later corrections are recorded as amendments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and Lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::AssessmentPage</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights (percent, adding up to 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks on pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items closed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, evaluated on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights add up to %1; they must add up to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the assessment weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment-%1</source>
        <extracomment>The file name offered for the saved assessment; %1 is the period, 2019-Q4. In Chinese: 督导考核-%1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1</source>
        <translation>
            <numerusform>Sent %n page to %1</numerusform>
            <numerusform>Sent %n pages to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Assessment as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>Saved %n page to %1</numerusform>
            <numerusform>Saved %n pages to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Assessment as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the assessment to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part with nothing to count in the period (shown as —) is left out, and the score is the weighted mean of the other parts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::AssessmentTableModel</name>
    <message>
        <source>Nothing counted in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks on pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items closed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::AssignmentsDialog</name>
    <message>
        <source>Departments of task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept automatically in %1: the newest ten, one a day for a week, one a week for a month, one a month for a year, and the last three by hand, before an import and before a restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::BriefingDialog</name>
    <message>
        <source>This database holds no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest held by the date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest held by the date (none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing-%1.pdf</source>
        <extracomment>The file name offered for the saved briefing; %1 is the date, 2019-12-31. In Chinese: 工作进展通报-%1.pdf</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1</source>
        <translation>
            <numerusform>Sent %n page to %1</numerusform>
            <numerusform>Sent %n pages to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Briefing as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing could not be saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>Saved %n page to %1</numerusform>
            <numerusform>Saved %n pages to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The briefing could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::CarriedItemTableModel</name>
    <message>
        <source>Raised at the meeting of %1; due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no follow-up recorded at this meeting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a follow-up&apos;s status: its note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::CarryOverPanel</name>
    <message>
        <source>Carried Over (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are approved: follow-ups recorded at this meeting are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what this meeting found of the selected item (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::ChartPanel</name>
    <message>
        <source>&amp;Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy or save this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open what this chart shows, copy or save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be printed on “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::ConflictDialog</name>
    <message>
        <source>Someone else saved this meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to %1 were not saved: someone else saved it after you opened it. Compare the two versions and choose which one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version over theirs. Theirs stays in the change history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes and show what they saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who saved it is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by %1 (database user %2) at %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::DashboardNumbers</name>
    <message>
        <source>Tasks and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key tasks and safeguard measures, without the work items they are split into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace (序时进度): expected progress is the share of time elapsed between start and due date, as reported by the lead department by the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past their due date and not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators whose latest value known by the date meets the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions of the leading group&apos;s meetings not yet carried out by the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets met, of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::DashboardPage</name>
    <message>
        <source>Where the plan stands on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sample data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains sample data from “plandesk init --demo”, not the office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the briefing for the regular meeting, or save it as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list its tasks on the Plan page. Right-click to copy or save the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar or point to open the indicator and its values. Right-click to copy or save the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to copy or save the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks-by-pace-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departments-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::DepartmentDialog</name>
    <message>
        <source>Name: enter the department&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: there is already a department called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::DepartmentTableModel</name>
    <message>
        <source>Active: offered for new tasks and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: kept for the record only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks and work items of the plan it leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks and work items of the plan it cooperates on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items from meetings that are neither done nor cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the short name of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the contact person of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the phone number of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my changes to “%1” over another&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::DepartmentsPage</name>
    <message>
        <source>Measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data (from “plandesk init --demo”), not the office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, short name or contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Short name: %2 · Contact: %3 · Phone: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks: leads %1, cooperates on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the department “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete department “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It leads %n task(s).</source>
        <translation>
            <numerusform>It leads %n task.</numerusform>
            <numerusform>It leads %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It cooperates on %n task(s).</source>
        <translation>
            <numerusform>It cooperates on %n task.</numerusform>
            <numerusform>It cooperates on %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has sent %n progress report(s).</source>
        <translation>
            <numerusform>It has sent %n progress report.</numerusform>
            <numerusform>It has sent %n progress reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It owns %n action item(s) from meetings.</source>
        <translation>
            <numerusform>It owns %n action item from meetings.</numerusform>
            <numerusform>It owns %n action items from meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It attended %n meeting(s).</source>
        <translation>
            <numerusform>It attended %n meeting.</numerusform>
            <numerusform>It attended %n meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is responsible for %n indicator(s).</source>
        <translation>
            <numerusform>It is responsible for %n indicator.</numerusform>
            <numerusform>It is responsible for %n indicators.</numerusform>
        </translation>
    </message>
    <message>
        <source>Department still in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be deleted while other records refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this work to another department first, or clear “Active” to keep the department on record without new work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::ExchangeActions</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress Returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator &amp;Values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action Items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the departments&apos; progress returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbooks and CSV files (*.xlsx *.csv);;%1;;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan in %1 cannot be imported: the file has problems. Nothing has been written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” could not be imported. Nothing has been written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the plan to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database for the plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. PlanDesk does not overwrite databases; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the plan “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import departments and their contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::FollowUpDialog</name>
    <message>
        <source>Record Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done or cancelled closes the item on this meeting&apos;s date; open or in progress keeps it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the meeting heard of it and required (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>the owner department: the action item</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::ImportDialog</name>
    <message>
        <source>Import Indicator Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Progress Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>%n file: %1</numerusform>
            <numerusform>%n files: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pro&amp;blems (%n):</source>
        <translation>
            <numerusform>Pro&amp;blem (%n):</numerusform>
            <numerusform>Pro&amp;blems (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; correct the file and open it again. Nothing has been written.</source>
        <translation>
            <numerusform>%n row has problems; correct the file and open it again. Nothing has been written.</numerusform>
            <numerusform>%n rows have problems; correct the file and open it again. Nothing has been written.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files have problems, listed below; correct them and open them again. Nothing has been written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the database or left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n indicator value(s). Undo takes the import back.</source>
        <translation>
            <numerusform>Imported %n indicator value. Undo takes the import back.</numerusform>
            <numerusform>Imported %n indicator values. Undo takes the import back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n progress report(s). Undo takes the import back.</source>
        <translation>
            <numerusform>Imported %n progress report. Undo takes the import back.</numerusform>
            <numerusform>Imported %n progress reports. Undo takes the import back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written. Close this window and open the files again to check them against the database as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n department(s). Undo takes the import back.</source>
        <translation>
            <numerusform>Imported %n department. Undo takes the import back.</numerusform>
            <numerusform>Imported %n departments. Undo takes the import back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDesk::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>the record before → the record after</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::IndicatorDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: enter both the value and the year, or leave both empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: the year must be between 1900 and the target year %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::IndicatorTableModel</name>
    <message>
        <source>Sample data (from “plandesk init --demo”), not the office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed as %1 ÷ %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than the target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::IndicatorValueDialog</name>
    <message>
        <source>Add value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: enter the year, half-year, quarter or month, such as 2019, 2019-H1, 2019-Q3 or 2019-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: “%1” is not a year, half-year, quarter or month; write it like 2019, 2019-H1, 2019-Q3 or 2019-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: there is already a value for %1 (%2); edit that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of: the date cannot be before the period %1 begins (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::IndicatorValueTableModel</name>
    <message>
        <source>Sample data (from “plandesk init --demo”), not the office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::IndicatorsPage</name>
    <message>
        <source>Edit the selected indicator&apos;s definition (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a value for the selected indicator (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected value (F2 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected value (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Values of %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an indicator to see its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 %2 %3 by the end of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1 %2 in %3 (sample data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1 %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: not entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed as %1 ÷ %2 × %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicator “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the value for %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the value for %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the value %1 %2 for %3 of “%4”? Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the value for %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value for %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::LedgerSafety</name>
    <message>
        <source>the backup taken %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

PlanDesk can move the damaged file aside (nothing is deleted) and open %2 in its place. Changes made after that backup are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Aside and &amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

No good backup of it was found in “%2”. Save a copy of what you still see (File ▸ Export) and ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1; the damaged file is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only; it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the open database with %1?

The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1; the replaced database is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

No good backup of it was found in “%2”; the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

It is open read-only here; restore it from a backup in the window that edits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ledger on a server has no backup files on this computer: the server&apos;s administrator backs it up with pg_dump (see the README).</source>
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
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database with the built-in plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. PlanDesk does not overwrite databases; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when PlanDesk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ledger on a server is copied by exporting it (File ▸ Export)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::MeetingDrafting</name>
    <message>
        <source>New Action Item from Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected words of the minutes an action item (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the agenda from the open action items, red tasks and lagging targets on the meeting&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the agenda written so far with the proposed one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words of a decision in the minutes first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::MeetingEditor</name>
    <message>
        <source>For example:
特邀专家 李明
市知识产权局：王局长 (a person from a department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items to discuss, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button of the minutes: a bold letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button of the minutes: an italic letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: a meeting needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: an action item of this meeting is due on %1, before this date; change its due date first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::MeetingListModel</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data (from “plandesk init --demo”), not the office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::MeetingsPage</name>
    <message>
        <source>Safeguard %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a regular meeting held today (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this meeting (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting “%1” has changes that are not saved yet. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the meeting “%1” of %2? Its list of attendees and its %n action item(s) will be deleted with it.</source>
        <translation>
            <numerusform>Delete the meeting “%1” of %2? Its list of attendees and its %n action item will be deleted with it.</numerusform>
            <numerusform>Delete the meeting “%1” of %2? Its list of attendees and its %n action items will be deleted with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the meeting “%1” of %2 and its list of attendees?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved minutes cannot be deleted: they are the record of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this meeting with its attendees and action items (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::MinutesApproval</name>
    <message>
        <source>Approve the minutes on a date; they are locked from then on (cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append a correction to the approved minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft minutes (not yet approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved on %1 — locked; corrections are recorded as amendments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Amendments (%n)</source>
        <translation>
            <numerusform>Amendment (%n)</numerusform>
            <numerusform>Amendments (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are empty: once approved, text can only be added as amendments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action item was decided: none can be added after approval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::PlanPage</name>
    <message>
        <source>Find in number, title, clause or department (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As cooperating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pace lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add work item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete work item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace (序时进度): expected progress is the share of time elapsed between start and due date. Behind by less than 10 points: on pace; 10–30: behind; more than 30 or past due: far behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the work item “%1” with its %n progress report(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete the work item “%1” with its %n progress report? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete the work item “%1” with its %n progress reports? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) that name it will stay, no longer linked to a task.</source>
        <translation>
            <numerusform>%n action item that names it will stay, no longer linked to a task.</numerusform>
            <numerusform>%n action items that name it will stay, no longer linked to a task.</numerusform>
        </translation>
    </message>
    <message>
        <source>On pace or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind, not overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without work items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key tasks and safeguard measures only, each listed for its own pace as the dashboard counts them, not for a work item&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As chosen on the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::ProgressPage</name>
    <message>
        <source>Find in task or progress text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period, e.g. 2018 or 2018-Q2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which task is the report about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1&apos;s report for %2? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::ProgressReportDialog</name>
    <message>
        <source>Record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2018, 2018-H1, 2018-Q2, 2018-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department that reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must look like 2018, 2018-H1, 2018-Q2 or 2018-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report for %1 cannot be dated before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already reported on this task for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task marked done must be 100% complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work item %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::ProgressTableModel</name>
    <message>
        <source>Sample data (from “plandesk init --demo”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::RecentFiles</name>
    <message>
        <source>%1 (login %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::RemindersDialog</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✗ %n day(s) overdue</source>
        <translation>
            <numerusform>✗ %n day overdue</numerusform>
            <numerusform>✗ %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or overdue, as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due or overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 overdue</source>
        <translation>
            <numerusform>%n item, %1 overdue</numerusform>
            <numerusform>%n items, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>what is due — the date (how soon)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::RoundDialog</name>
    <message>
        <source>Edit Reporting Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Reporting Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2019-Q4, 2019-H2, 2019-11 or 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must look like 2019, 2019-H2, 2019-Q4 or 2019-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must not be before the round opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::RoundStatusModel</name>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M%1</source>
        <comment>safeguard measure number, as a short column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes no report on this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): handed in on %3, %4% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): owed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes %1, on time %2, late %3, missing %4, pending %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed / on time / late / missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::RoundsPage</name>
    <message>
        <source>New Round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Reminder Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reporting round yet. Create one with New Round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: opens %2, due %3. As of %4: %5 of %6 reports handed in (%7 late), %8 missing, %9 pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Who still owes a report: %n</source>
        <translation>
            <numerusform>Who still owes a report: %n</numerusform>
            <numerusform>Who still owes a report: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the reporting round “%1”? The reports handed in for %2 stay. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Templates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::ServerLedgerDialog</name>
    <message>
        <source>prefer: encrypted when the server offers it (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the server&apos;s certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and server name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow: unencrypted unless the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: enter the server&apos;s name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: “%1” is not a number from 1 to 65535 (PostgreSQL&apos;s usual port is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: enter the name of the ledger&apos;s database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::Sparkline</name>
    <message>
        <source>No values reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hollow points: sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::TaskDetailPanel</name>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
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
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::TaskDialog</name>
    <message>
        <source>Add work item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work item under task %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit work item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and title are the plan document&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lead department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must not be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task marked done must be 100% complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 is already used by another work item of this task.</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
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
    <message>
        <source>%1% (%2) as reported by %3; now %4% (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk::TemplatesDialog</name>
    <message>
        <source>Returns templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Returns Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates for the departments to fill in for &lt;b&gt;%1&lt;/b&gt; (%2), listing the reports each one owes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) into %1</source>
        <translation>
            <numerusform>Wrote %n template into %1</numerusform>
            <numerusform>Wrote %n templates into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) into %1.</source>
        <translation>
            <numerusform>Wrote %n template into %1.</numerusform>
            <numerusform>Wrote %n templates into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
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
    <message>
        <source>%1 is before the year the plan starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after the due date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the start %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 is used twice (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after the target year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is given without a baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of the plan format (misspelt?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>the plan “%1” is already in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan “%1” (%2) is already in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
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
    <name>PlanWriter</name>
    <message>
        <source>Work item %1 “%2” comes before its task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 “%2” has no lead department; a plan file needs one for every task and work item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ercent done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress &amp;text:</source>
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
    <message>
        <source>Reading the latest reports of department %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressRows</name>
    <message>
        <source>the task&apos;s number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a task number such as 3, 3.1 or 保障2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has no task %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no department is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 neither leads nor cooperates on task %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a period such as 2018-Q2, 2018-H1, 2018 or 2018-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the percent is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task reported done is at 100%, not %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the period %2 began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same task, department and period as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantityInput</name>
    <message>
        <source>%1: enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number with at most four decimal places (for example %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a count in %2 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 counts whole items; enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work item %1.%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item of the meeting of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish %1 (%2% done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due and overdue as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due %1, %n day(s) overdue</source>
        <translation>
            <numerusform>due %1, %n day overdue</numerusform>
            <numerusform>due %1, %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due %1, in %n day(s)</source>
        <translation>
            <numerusform>due %1, in %n day</numerusform>
            <numerusform>due %1, in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Due &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department / what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show at start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>no such record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else deleted it meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else saved a change to it meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restorer</name>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” is damaged and was not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still open in another program; close it and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the backup next to “%1”; is the disk full? Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored “%1” did not pass the check; the previous file is kept as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move “%1” aside; is it open in another program? Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not replaced, because backing it up first failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the backup in place of “%1”; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsSheet</name>
    <message>
        <source>the workbook cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsTemplates</name>
    <message>
        <source>There is no department with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owes no report in the round “%2” (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody owes a report in the round “%1” (%2), so there is no template to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the returns templates was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace “%1”; is it open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the finished template to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose another folder or allow replacing the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder or a link, not a template; move it away or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template name “%1” would leave the folder “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opens on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundEdits</name>
    <message>
        <source>Add reporting round “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reporting round “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete reporting round “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundRepository</name>
    <message>
        <source>Saving the reporting round “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading reporting round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reporting rounds of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting reporting round %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveOnAccept</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address: it must start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a password (PlanDesk never keeps one in plain text). Put it in your password file (pgpass) or let PlanDesk ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no server (host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no database: add /DATABASE after the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: sslmode must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: unknown setting “%2” (PlanDesk knows sslmode and service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLedgerDialog</name>
    <message>
        <source>Open Shared Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ledger the office shares on a PostgreSQL server. Ask the office&apos;s administrator for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or IP address, e.g. 192.168.1.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger&apos;s database on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login on the server (empty: the name you sign in to this computer with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk never stores a password. When the server asks for one, PlanDesk asks you and keeps it only until PlanDesk closes; a password file (pgpass) saves the question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>login “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused that password for %1 (%2). Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 asks for the password of %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk keeps it only until PlanDesk closes, never on disk. A password file (pgpass) on this computer saves you this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>Cannot create the lock file “%1”: the folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already open in another PlanDesk window (its lock file “%2” cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already open in PlanDesk on %2 (process %3) since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetFile</name>
    <message>
        <source>%1: PlanDesk reads .xlsx and .csv files; open this file in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a spreadsheet PlanDesk reads (.xlsx or .csv).</source>
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
    <message>
        <source>the minutes are approved and locked; record an amendment instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only approved minutes are amended, on or after the approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amendment cannot be changed or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amendment needs its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action item is reviewed only at a later meeting of the same plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reporting round needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the round&apos;s due date must not be before it opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the three weights must add up to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reporting round for this period already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this meeting already reviewed this action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action item followed up in approved minutes cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program (another PlanDesk, a backup or sync tool) is writing to it. Your change has not been saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database server refused: your login has no right to do this. To view the ledger a login needs the role plandesk_viewer, to change it plandesk_editor; ask the office&apos;s administrator. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger is open read-only; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the database server was lost; your change has not been saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionLoader</name>
    <message>
        <source>Reading the supervision records of plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files hold nothing new to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the files.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in the files.</numerusform>
            <numerusform>Nothing was imported: %n problems in the files.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database changed since the files were checked; nothing was imported. Check them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this template was written for the plan %1, not for this database&apos;s plan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another file chosen has this name too; import them one at a time, or rename one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCharts</name>
    <message>
        <source>Tasks by pace, per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average progress of the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average percent done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by the pace rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDetailPanel</name>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change departments…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Percent done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskEdits</name>
    <message>
        <source>Add work item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the departments of a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of the plan document cannot be deleted; only work items can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete work item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record progress of task %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the report for %1</source>
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
    <message>
        <source>Reading the tasks of department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the departments of plan %1&apos;s tasks</source>
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
    <name>TemplatesDialog</name>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workbook &amp;per department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workbook for &amp;all departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for &amp;department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace files of the same names</source>
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
    <name>ValueRows</name>
    <message>
        <source>the value is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative; %2 cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% is more than 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than %2 times the target of %3%4; check the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indicator&apos;s code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has no indicator “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a period such as 2019, 2019-H1, 2019-Q4 or 2019-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit “%1” is not the indicator&apos;s unit “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the as-of date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the period %2 began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same indicator and period as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxArchive</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook must be read from a file, not a stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or incomplete: its zip directory cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an Excel 97–2003 workbook (.xls) or a password-protected workbook; open it in Excel or WPS and save it as an unprotected .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (the file is not a zip archive); save it from Excel or WPS as .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: its zip directory is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds %1 members; a workbook this program reads holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds more than %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip member &quot;%1&quot; points outside the workbook (an absolute path, a drive, a backslash or &quot;..&quot;); this is not a genuine workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip member &quot;%1&quot; appears twice; the file is not a genuine workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %1 MB; this program reads workbooks up to that size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip member %1 is damaged and cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is password-protected; remove the password in Excel or WPS and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %1 MB (passed while unpacking %2); this is not an ordinary workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the file holds no xl/workbook.xml, so it is not an Excel workbook (a Word or PowerPoint file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 has no part in the package (relationship &quot;%2&quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has more than %1 sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook refers to &quot;%1&quot;, outside the workbook; this is not a genuine workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook refers to %1, which the file does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>row number &quot;%1&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 lies beyond Excel&apos;s last row, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell reference &quot;%1&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 lies beyond Excel&apos;s last column, XFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds %1 characters; a cell holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell refers to shared string %1, but the workbook has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a true/false value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cell type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook holds more cells than this program reads (counting blanks between filled cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a formula without a calculated value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row appears twice in the sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>Cannot write %1: %2 rows and %3 columns do not fit in one Excel sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: no temporary folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: libxlsxwriter could not start a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: “%2” cannot name an Excel sheet: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: libxlsxwriter ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters of text; an Excel cell holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .xlsx workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxXmlPart</name>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a document type definition (line %2), which no workbook has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a tag, comment or CDATA section longer than %2 bytes (line %3)</source>
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
        <source>Interface language (zh_CN or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge pace on this date instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of every page into DIR and quit (for the documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of takes a date like 2019-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to open: a file, or a shared ledger on a server (postgresql://USER@SERVER/DATABASE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
