"""The rows and cases check_schema_parity.py runs on both engines: plain
SQL that SQLite and PostgreSQL read alike."""

FIXTURE = """
INSERT INTO plan (id, title, issuer, signed_on, start_on, target_year)
    VALUES (1, '营商环境 "三年" 行动', '市政府', '2018-03-05', '2018-01-01', 2022);
INSERT INTO plan (id, title, start_on, target_year) VALUES (2, 'Plan two', '2019-01-01', 2023);
INSERT INTO task_group (id, plan_id, kind, position, numbering, title)
    VALUES (1, 1, 'key_task', 1, '（一）', 'Group A');
INSERT INTO task_group (id, plan_id, kind, position, title) VALUES (2, 1, 'safeguard', 2, 'Group B');
INSERT INTO task_group (id, plan_id, kind, position, title) VALUES (3, 2, 'key_task', 1, 'Other plan');
INSERT INTO department (id, name, kind) VALUES (1, '市发展改革委', 'government');
INSERT INTO department (id, name, short_name, kind, active) VALUES (2, 'Bank', 'B', 'bank', 0);
INSERT INTO task (id, plan_id, group_id, number, title, text, start_on, due_on, status, percent)
    VALUES (1, 1, 1, 1, 'Task one', 'line one
line two\\with backslash', '2018-01-01', '2020-12-31', 'in_progress', 40);
INSERT INTO task (id, plan_id, group_id, parent_id, number, title, start_on, due_on)
    VALUES (2, 1, 1, 1, 1, 'Work item', '2018-01-01', '2018-12-31');
INSERT INTO task (id, plan_id, group_id, number, title, start_on, due_on)
    VALUES (3, 1, 1, 2, 'Task three', '2018-01-01', '2018-12-31');
INSERT INTO assignment (id, task_id, department_id, role, position) VALUES (1, 1, 1, 'lead', 1);
INSERT INTO progress_report (id, task_id, department_id, period, reported_on, percent, status, text, evidence)
    VALUES (1, 1, 1, '2018-Q2', '2018-07-03', 40, 'in_progress', 'ok', '文件 1');
INSERT INTO indicator (id, plan_id, position, code, name, unit, comparison, baseline_value,
        baseline_year, target_value, target_year, department_id)
    VALUES (1, 1, 1, 'I1', 'GDP', '%', '>=', 42000, 2017, 50000000000, 2022, 1);
INSERT INTO indicator_value (id, indicator_id, period, value, as_of) VALUES (1, 1, '2018', 43000, '2019-01-15');
INSERT INTO meeting (id, plan_id, kind, title, held_on) VALUES (1, 1, 'regular', 'First', '2018-03-01');
INSERT INTO meeting (id, plan_id, kind, title, held_on) VALUES (2, 1, 'special', 'Second', '2018-06-01');
INSERT INTO meeting_attendee (id, meeting_id, department_id) VALUES (1, 1, 1);
INSERT INTO meeting_attendee (id, meeting_id, person) VALUES (2, 2, '李四');
INSERT INTO action_item (id, meeting_id, owner_department_id, task_id, description, due_on)
    VALUES (1, 1, 1, 1, 'Do it', '2018-05-01');
INSERT INTO action_item (id, meeting_id, owner_department_id, description, due_on)
    VALUES (2, 2, 2, 'Decide', '2018-09-01');
INSERT INTO action_review (id, action_item_id, meeting_id, status, note)
    VALUES (1, 1, 2, 'in_progress', 'going');
UPDATE meeting SET approval = 'approved', approved_on = '2018-06-05' WHERE id = 2;
INSERT INTO meeting_amendment (id, meeting_id, made_on, text, reason, actor)
    VALUES (1, 2, '2018-06-10', 'fix', 'typo', 'clerk');
INSERT INTO reporting_round (id, plan_id, period, title, opens_on, due_on)
    VALUES (1, 1, '2018-Q2', 'Q2', '2018-07-01', '2018-07-10');
INSERT INTO assessment_weights (plan_id, reporting, pace, actions) VALUES (1, 40, 40, 20);
UPDATE task SET group_id = 2 WHERE id = 1;
UPDATE department SET short_name = '发改委', active = 1 WHERE id = 1;
UPDATE indicator SET ratio_numerator = 'a', ratio_denominator = 'b', ratio_scale = 100 WHERE id = 1;
UPDATE action_item SET status = 'done', closed_on = '2018-08-01' WHERE id = 2;
DELETE FROM assignment WHERE id = 1;
"""

CASCADE = "DELETE FROM plan WHERE id = 1;"


# (what, statement, name SQLite reports, name PostgreSQL reports)
BAD_ROWS = [
    ("day 32", "UPDATE plan SET signed_on = '2020-01-32' WHERE id = 1", "plan_signed_on_date"),
    ("unpadded date", "UPDATE action_item SET due_on = '2018-5-1' WHERE id = 1",
     "action_item_due_on_date"),
    ("no day", "UPDATE task SET start_on = '2017-02' WHERE id = 3", "task_start_on_date"),
    ("month 13", "UPDATE progress_report SET period = '2020-13' WHERE id = 1",
     "progress_report_period_format"),
    ("quarter 5", "UPDATE indicator_value SET period = '2020-Q5' WHERE id = 1",
     "indicator_value_period_format"),
    ("percent 101", "UPDATE task SET percent = 101 WHERE id = 3", "task_percent_0_100"),
    ("done at 90", "UPDATE task SET status = 'done', percent = 90 WHERE id = 3", "task_done_is_100"),
    ("blank title", "UPDATE task SET title = '   ' WHERE id = 3", "task_title_required"),
    ("due before start", "UPDATE task SET due_on = '2017-12-31' WHERE id = 3", "task_due_after_start"),
    ("target before start", "UPDATE plan SET target_year = 2017 WHERE id = 1", "plan_target_after_start"),
    ("item under an item", "INSERT INTO task (plan_id, group_id, parent_id, number, title, start_on,"
     " due_on) VALUES (1, 2, 2, 1, 'x', '2018-01-01', '2018-02-01')", "task_item_parent_is_top_level"),
    ("group of another plan", "UPDATE task SET group_id = 3 WHERE id = 3", "task_group_in_plan"),
    ("item outside its parent's group", "UPDATE task SET group_id = 1 WHERE id = 2",
     "task_item_in_parent_group"),
    ("task with items becomes an item", "UPDATE task SET parent_id = 3 WHERE id = 1",
     "task_with_items_cannot_become_item"),
    ("own parent", "UPDATE task SET parent_id = 3 WHERE id = 3", "task_not_own_parent"),
    ("baseline without year", "UPDATE indicator SET baseline_year = NULL WHERE id = 1",
     "indicator_baseline_complete"),
    ("weights 50/30/30", "UPDATE assessment_weights SET reporting = 50, pace = 30, actions = 30",
     "assessment_weights_sum_100"),
    ("approved without date", "UPDATE meeting SET approval = 'approved' WHERE id = 1",
     "meeting_approved_has_date"),
    ("approved meeting edited", "UPDATE meeting SET title = 'changed' WHERE id = 2",
     "meeting_approved_locked"),
    ("approved meeting deleted", "DELETE FROM meeting WHERE id = 2", "meeting_approved_locked"),
    ("attendee of approved minutes", "INSERT INTO meeting_attendee (meeting_id, person)"
     " VALUES (2, '王五')", "meeting_approved_locked"),
    ("decision of approved minutes reworded", "UPDATE action_item SET description = 'other'"
     " WHERE id = 2", "meeting_approved_locked"),
    ("item followed up in approved minutes deleted", "DELETE FROM action_item WHERE id = 1",
     "action_item_reviewed_in_approved_minutes"),
    ("meeting moved after its review", "UPDATE meeting SET held_on = '2018-07-01' WHERE id = 1",
     "action_review_at_later_meeting"),
    ("review at the raising meeting", "INSERT INTO action_review (action_item_id, meeting_id, status)"
     " VALUES (1, 1, 'open')", "action_review_at_later_meeting"),
    ("amendment of a draft", "INSERT INTO meeting_amendment (meeting_id, made_on, text, reason)"
     " VALUES (1, '2018-06-10', 't', 'r')", "meeting_amendment_needs_approval"),
    ("amendment edited", "UPDATE meeting_amendment SET text = 'x'", "meeting_amendment_append_only"),
    ("amendment deleted", "DELETE FROM meeting_amendment", "meeting_amendment_append_only"),
    ("attendee without name", "INSERT INTO meeting_attendee (meeting_id, person) VALUES (1, ' ')",
     "meeting_attendee_named"),
    ("attendee twice", "INSERT INTO meeting_attendee (meeting_id, department_id) VALUES (1, 1)",
     "meeting_attendee_unique"),
    ("closed without date", "UPDATE action_item SET status = 'cancelled' WHERE id = 1",
     "action_item_closed_has_date"),
    ("round due before opening", "UPDATE reporting_round SET due_on = '2018-06-30'",
     "reporting_round_due_after_opening"),
    ("audit log edited", "UPDATE audit_log SET actor = 'x'", "audit_log_is_append_only"),
    ("audit log deleted", "DELETE FROM audit_log", "audit_log_is_append_only"),
    # SQLite names a UNIQUE constraint's columns, PostgreSQL the constraint.
    ("department name twice", "INSERT INTO department (name, kind) VALUES ('Bank', 'bank')",
     "department.name", "department_name_unique"),
]

# SQLite's date() takes any day up to 31, so its CHECKs let these through;
# PostgreSQL's plandesk_is_date knows the calendar.
STRICTER_ON_PG = [
    ("30 February", "UPDATE plan SET signed_on = '2020-02-30' WHERE id = 1", "plan_signed_on_date"),
    ("31 April", "UPDATE task SET due_on = '2020-04-31' WHERE id = 1", "task_due_on_date"),
    ("29 February 2019", "UPDATE indicator_value SET as_of = '2019-02-29' WHERE id = 1",
     "indicator_value_as_of_date"),
]


DATES = ["2020-02-29", "2019-02-29", "2000-02-29", "1900-02-29", "2020-02-30", "2020-2-3",
         "2020-04-31", "2020-04-30", "2020-13-01", "2020-00-10", "2020-01-00", "2020-12-31",
         "0001-01-01", "9999-12-31", "2020-01-01 ", " 2020-01-01", "2020/01/01", "20200101",
         "2020-01-01T00:00", "abcd-ef-gh", "", "２０２０-01-01"]
PERIODS = ["2018", "2018-Q1", "2018-Q4", "2018-Q5", "2018-Q0", "2018-H1", "2018-H2", "2018-H3",
           "2018-01", "2018-12", "2018-13", "2018-00", "2018-1", "3018", "0999", "2018-q1",
           "2018-05 ", "", "2018-Q12", "2018-010"]
GLOB_PERIOD = ("(? GLOB '[12][0-9][0-9][0-9]' OR ? GLOB '[12][0-9][0-9][0-9]-Q[1-4]'"
               " OR ? GLOB '[12][0-9][0-9][0-9]-H[12]' OR (? GLOB '[12][0-9][0-9][0-9]-[01][0-9]'"
               " AND CAST(substr(?, 6, 2) AS INTEGER) BETWEEN 1 AND 12))")
