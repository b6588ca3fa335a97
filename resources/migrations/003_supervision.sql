-- PlanDesk schema 3: the supervision loop (督办闭环).
-- Reporting rounds say which period's reports are due by when; action items
-- are reviewed at later meetings; approved minutes are locked and amended
-- only by appended amendments; the office weighs the assessment.

-- 进展报送轮次: "2018年第二季度", due on a date. A report counts toward the
-- round of its period; one handed in after the due date is late.
CREATE TABLE reporting_round (
    id        INTEGER PRIMARY KEY,
    plan_id   INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    period    TEXT    NOT NULL CONSTRAINT reporting_round_period_format CHECK (
                  period GLOB '[12][0-9][0-9][0-9]'
                  OR period GLOB '[12][0-9][0-9][0-9]-Q[1-4]'
                  OR period GLOB '[12][0-9][0-9][0-9]-H[12]'
                  OR (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
                      AND CAST(substr(period, 6, 2) AS INTEGER) BETWEEN 1 AND 12)),
    title     TEXT    NOT NULL CONSTRAINT reporting_round_title_required CHECK (length(trim(title)) > 0),
    opens_on  TEXT    NOT NULL CONSTRAINT reporting_round_opens_on_date CHECK (date(opens_on) IS opens_on),
    due_on    TEXT    NOT NULL CONSTRAINT reporting_round_due_on_date CHECK (date(due_on) IS due_on),
    note      TEXT    NOT NULL DEFAULT '',
    is_sample INTEGER NOT NULL DEFAULT 0 CONSTRAINT reporting_round_sample_flag CHECK (is_sample IN (0, 1)),
    CONSTRAINT reporting_round_due_after_opening CHECK (due_on >= opens_on),
    CONSTRAINT reporting_round_one_per_period UNIQUE (plan_id, period)
);

-- What a later meeting said of an action item carried into it: the status
-- it found and the follow-up it recorded. An item is carried into every
-- meeting held while it is open; a review exists once something is recorded.
CREATE TABLE action_review (
    id             INTEGER PRIMARY KEY,
    action_item_id INTEGER NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    status         TEXT    NOT NULL CONSTRAINT action_review_status CHECK (status IN
                       ('open', 'in_progress', 'done', 'cancelled')),
    note           TEXT    NOT NULL DEFAULT '',
    CONSTRAINT action_review_once_per_meeting UNIQUE (action_item_id, meeting_id)
);
CREATE INDEX action_review_meeting ON action_review (meeting_id);

CREATE TRIGGER action_review_at_later_meeting BEFORE INSERT ON action_review
BEGIN
    SELECT RAISE(ABORT, 'action_review_at_later_meeting')
     WHERE (SELECT r.plan_id IS NOT i.plan_id OR r.held_on <= i.held_on OR r.id = i.id
              FROM meeting r, meeting i, action_item a
             WHERE r.id = NEW.meeting_id AND a.id = NEW.action_item_id AND i.id = a.meeting_id);
END;
CREATE TRIGGER action_review_at_later_meeting_update BEFORE UPDATE OF action_item_id, meeting_id ON action_review
BEGIN
    SELECT RAISE(ABORT, 'action_review_at_later_meeting')
     WHERE (SELECT r.plan_id IS NOT i.plan_id OR r.held_on <= i.held_on OR r.id = i.id
              FROM meeting r, meeting i, action_item a
             WHERE r.id = NEW.meeting_id AND a.id = NEW.action_item_id AND i.id = a.meeting_id);
END;
-- Nor may a meeting move to a date that would put a review before the
-- meeting that raised its item.
CREATE TRIGGER meeting_keeps_reviews_in_order BEFORE UPDATE OF held_on, plan_id ON meeting
BEGIN
    SELECT RAISE(ABORT, 'action_review_at_later_meeting')
     WHERE EXISTS (SELECT 1 FROM action_review r
                     JOIN action_item a ON a.id = r.action_item_id
                     JOIN meeting i ON i.id = a.meeting_id
                    WHERE r.meeting_id = NEW.id AND i.id <> NEW.id
                      AND (i.held_on >= NEW.held_on OR i.plan_id IS NOT NEW.plan_id))
        OR EXISTS (SELECT 1 FROM action_item a
                     JOIN action_review r ON r.action_item_id = a.id
                     JOIN meeting m ON m.id = r.meeting_id
                    WHERE a.meeting_id = NEW.id AND m.id <> NEW.id
                      AND (m.held_on <= NEW.held_on OR m.plan_id IS NOT NEW.plan_id));
END;

-- 纪要修正: approved minutes are never rewritten; a correction is appended.
CREATE TABLE meeting_amendment (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    made_on    TEXT    NOT NULL CONSTRAINT meeting_amendment_made_on_date CHECK (date(made_on) IS made_on),
    text       TEXT    NOT NULL CONSTRAINT meeting_amendment_text_required CHECK (length(trim(text)) > 0),
    reason     TEXT    NOT NULL CONSTRAINT meeting_amendment_reason_required CHECK (length(trim(reason)) > 0),
    actor      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX meeting_amendment_meeting ON meeting_amendment (meeting_id);

-- 督导考核: how the office weighs the three parts of a department's score.
-- Without a row a plan uses 40 / 40 / 20.
CREATE TABLE assessment_weights (
    plan_id   INTEGER PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    reporting INTEGER NOT NULL CONSTRAINT assessment_weights_reporting_range CHECK (reporting BETWEEN 0 AND 100),
    pace      INTEGER NOT NULL CONSTRAINT assessment_weights_pace_range CHECK (pace BETWEEN 0 AND 100),
    actions   INTEGER NOT NULL CONSTRAINT assessment_weights_actions_range CHECK (actions BETWEEN 0 AND 100),
    CONSTRAINT assessment_weights_sum_100 CHECK (reporting + pace + actions = 100)
);

-- Approved minutes are locked. Only deleting the whole plan (whose row is
-- gone by the time its cascade reaches the meeting) removes them.
CREATE TRIGGER meeting_approved_locked BEFORE UPDATE ON meeting
WHEN OLD.approval = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'meeting_approved_locked');
END;
CREATE TRIGGER meeting_approved_not_deleted BEFORE DELETE ON meeting
WHEN OLD.approval = 'approved' AND EXISTS (SELECT 1 FROM plan WHERE id = OLD.plan_id)
BEGIN
    SELECT RAISE(ABORT, 'meeting_approved_locked');
END;
CREATE TRIGGER meeting_attendee_locked_insert BEFORE INSERT ON meeting_attendee
WHEN (SELECT approval FROM meeting WHERE id = NEW.meeting_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'meeting_approved_locked');
END;
CREATE TRIGGER meeting_attendee_locked_update BEFORE UPDATE ON meeting_attendee
WHEN (SELECT approval FROM meeting WHERE id = OLD.meeting_id) = 'approved'
  OR (SELECT approval FROM meeting WHERE id = NEW.meeting_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'meeting_approved_locked');
END;
CREATE TRIGGER meeting_attendee_locked_delete BEFORE DELETE ON meeting_attendee
WHEN (SELECT approval FROM meeting WHERE id = OLD.meeting_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'meeting_approved_locked');
END;

-- A decision of approved minutes keeps its meeting, words and owner; its
-- status, due date, follow-up and task link go on changing (the audit log
-- keeps each; deleting a task unlinks it).
CREATE TRIGGER action_item_locked_insert BEFORE INSERT ON action_item
WHEN (SELECT approval FROM meeting WHERE id = NEW.meeting_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'meeting_approved_locked');
END;
CREATE TRIGGER action_item_locked_update BEFORE UPDATE OF meeting_id, owner_department_id, description ON action_item
WHEN (SELECT approval FROM meeting WHERE id = OLD.meeting_id) = 'approved'
 AND (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.owner_department_id IS NOT OLD.owner_department_id
      OR NEW.description IS NOT OLD.description)
BEGIN
    SELECT RAISE(ABORT, 'meeting_approved_locked');
END;
CREATE TRIGGER action_item_locked_delete BEFORE DELETE ON action_item
WHEN (SELECT approval FROM meeting WHERE id = OLD.meeting_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'meeting_approved_locked');
END;
-- An item of a draft whose follow-up is part of approved minutes stays, or
-- deleting it would take that follow-up out of the approved record.
CREATE TRIGGER action_item_reviewed_in_approved_minutes BEFORE DELETE ON action_item
WHEN EXISTS (SELECT 1 FROM action_review r JOIN meeting m ON m.id = r.meeting_id
               JOIN plan p ON p.id = m.plan_id
              WHERE r.action_item_id = OLD.id AND m.approval = 'approved')
BEGIN
    SELECT RAISE(ABORT, 'action_item_reviewed_in_approved_minutes');
END;
CREATE TRIGGER action_review_locked_insert BEFORE INSERT ON action_review
WHEN (SELECT approval FROM meeting WHERE id = NEW.meeting_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'meeting_approved_locked');
END;
CREATE TRIGGER action_review_locked_update BEFORE UPDATE ON action_review
WHEN (SELECT approval FROM meeting WHERE id = OLD.meeting_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'meeting_approved_locked');
END;
CREATE TRIGGER action_review_locked_delete BEFORE DELETE ON action_review
WHEN (SELECT approval FROM meeting WHERE id = OLD.meeting_id) = 'approved'
 AND EXISTS (SELECT 1 FROM action_item WHERE id = OLD.action_item_id)
BEGIN
    SELECT RAISE(ABORT, 'meeting_approved_locked');
END;

-- Amendments only for approved minutes, never before the approval, and
-- never changed or removed (except with the whole plan).
CREATE TRIGGER meeting_amendment_needs_approval BEFORE INSERT ON meeting_amendment
BEGIN
    SELECT RAISE(ABORT, 'meeting_amendment_needs_approval')
     WHERE (SELECT approval = 'approved' AND approved_on <= NEW.made_on
              FROM meeting WHERE id = NEW.meeting_id) IS NOT 1
       AND EXISTS (SELECT 1 FROM meeting WHERE id = NEW.meeting_id);
END;
CREATE TRIGGER meeting_amendment_no_update BEFORE UPDATE ON meeting_amendment
BEGIN
    SELECT RAISE(ABORT, 'meeting_amendment_append_only');
END;
CREATE TRIGGER meeting_amendment_no_delete BEFORE DELETE ON meeting_amendment
WHEN EXISTS (SELECT 1 FROM meeting m JOIN plan p ON p.id = m.plan_id WHERE m.id = OLD.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'meeting_amendment_append_only');
END;

-- The audit log (schema 2) covers the new tables too.
CREATE TRIGGER reporting_round_audit_insert AFTER INSERT ON reporting_round
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'reporting_round', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'period', NEW.period, 'title', NEW.title, 'opens_on', NEW.opens_on, 'due_on', NEW.due_on, 'note', NEW.note, 'is_sample', NEW.is_sample));
END;
CREATE TRIGGER reporting_round_audit_update AFTER UPDATE ON reporting_round
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'reporting_round', NEW.id, 'update',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'period', OLD.period, 'title', OLD.title, 'opens_on', OLD.opens_on, 'due_on', OLD.due_on, 'note', OLD.note, 'is_sample', OLD.is_sample),
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'period', NEW.period, 'title', NEW.title, 'opens_on', NEW.opens_on, 'due_on', NEW.due_on, 'note', NEW.note, 'is_sample', NEW.is_sample));
END;
CREATE TRIGGER reporting_round_audit_delete AFTER DELETE ON reporting_round
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'reporting_round', OLD.id, 'delete',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'period', OLD.period, 'title', OLD.title, 'opens_on', OLD.opens_on, 'due_on', OLD.due_on, 'note', OLD.note, 'is_sample', OLD.is_sample), NULL);
END;
CREATE TRIGGER action_review_audit_insert AFTER INSERT ON action_review
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'action_review', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'action_item_id', NEW.action_item_id, 'meeting_id', NEW.meeting_id, 'status', NEW.status, 'note', NEW.note));
END;
CREATE TRIGGER action_review_audit_update AFTER UPDATE ON action_review
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'action_review', NEW.id, 'update',
            json_object('id', OLD.id, 'action_item_id', OLD.action_item_id, 'meeting_id', OLD.meeting_id, 'status', OLD.status, 'note', OLD.note),
            json_object('id', NEW.id, 'action_item_id', NEW.action_item_id, 'meeting_id', NEW.meeting_id, 'status', NEW.status, 'note', NEW.note));
END;
CREATE TRIGGER action_review_audit_delete AFTER DELETE ON action_review
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'action_review', OLD.id, 'delete',
            json_object('id', OLD.id, 'action_item_id', OLD.action_item_id, 'meeting_id', OLD.meeting_id, 'status', OLD.status, 'note', OLD.note), NULL);
END;
CREATE TRIGGER meeting_amendment_audit_insert AFTER INSERT ON meeting_amendment
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'meeting_amendment', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'made_on', NEW.made_on, 'text', NEW.text, 'reason', NEW.reason, 'actor', NEW.actor));
END;
CREATE TRIGGER meeting_amendment_audit_update AFTER UPDATE ON meeting_amendment
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'meeting_amendment', NEW.id, 'update',
            json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'made_on', OLD.made_on, 'text', OLD.text, 'reason', OLD.reason, 'actor', OLD.actor),
            json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'made_on', NEW.made_on, 'text', NEW.text, 'reason', NEW.reason, 'actor', NEW.actor));
END;
CREATE TRIGGER meeting_amendment_audit_delete AFTER DELETE ON meeting_amendment
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'meeting_amendment', OLD.id, 'delete',
            json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'made_on', OLD.made_on, 'text', OLD.text, 'reason', OLD.reason, 'actor', OLD.actor), NULL);
END;
CREATE TRIGGER assessment_weights_audit_insert AFTER INSERT ON assessment_weights
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'assessment_weights', NEW.plan_id, 'insert', NULL,
            json_object('plan_id', NEW.plan_id, 'reporting', NEW.reporting, 'pace', NEW.pace, 'actions', NEW.actions));
END;
CREATE TRIGGER assessment_weights_audit_update AFTER UPDATE ON assessment_weights
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'assessment_weights', NEW.plan_id, 'update',
            json_object('plan_id', OLD.plan_id, 'reporting', OLD.reporting, 'pace', OLD.pace, 'actions', OLD.actions),
            json_object('plan_id', NEW.plan_id, 'reporting', NEW.reporting, 'pace', NEW.pace, 'actions', NEW.actions));
END;
CREATE TRIGGER assessment_weights_audit_delete AFTER DELETE ON assessment_weights
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'assessment_weights', OLD.plan_id, 'delete',
            json_object('plan_id', OLD.plan_id, 'reporting', OLD.reporting, 'pace', OLD.pace, 'actions', OLD.actions), NULL);
END;

PRAGMA user_version = 3;
