-- PlanDesk schema 2: the audit log (留痕). Every insert, update and delete on
-- the domain tables leaves a row saying who, when, which row, and the row
-- before and after as JSON. Triggers do it, so no code path can forget.
-- The actor comes from audit_context, which each PlanDesk write transaction
-- sets first and clears before it commits; changes made with other tools are
-- logged as '(outside PlanDesk)'.

CREATE TABLE audit_context (
    id    INTEGER PRIMARY KEY CONSTRAINT audit_context_single_row CHECK (id = 1),
    actor TEXT    NOT NULL DEFAULT ''
);
INSERT INTO audit_context (id, actor) VALUES (1, '');

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    changed_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor      TEXT    NOT NULL,
    table_name TEXT    NOT NULL,
    row_id     INTEGER NOT NULL,
    action     TEXT    NOT NULL CONSTRAINT audit_log_action CHECK (action IN ('insert', 'update', 'delete')),
    before     TEXT,
    after      TEXT
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);

-- The log is append-only.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log_is_append_only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log_is_append_only');
END;


CREATE TRIGGER plan_audit_insert AFTER INSERT ON plan
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'plan', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'title', NEW.title, 'issuer', NEW.issuer,
            'document_number', NEW.document_number, 'signed_on', NEW.signed_on,
            'published_on', NEW.published_on, 'start_on', NEW.start_on,
            'target_year', NEW.target_year));
END;
CREATE TRIGGER plan_audit_update AFTER UPDATE ON plan
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'plan', NEW.id, 'update',
            json_object('id', OLD.id, 'title', OLD.title, 'issuer', OLD.issuer,
            'document_number', OLD.document_number, 'signed_on', OLD.signed_on,
            'published_on', OLD.published_on, 'start_on', OLD.start_on,
            'target_year', OLD.target_year),
            json_object('id', NEW.id, 'title', NEW.title, 'issuer', NEW.issuer,
            'document_number', NEW.document_number, 'signed_on', NEW.signed_on,
            'published_on', NEW.published_on, 'start_on', NEW.start_on,
            'target_year', NEW.target_year));
END;
CREATE TRIGGER plan_audit_delete AFTER DELETE ON plan
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'plan', OLD.id, 'delete',
            json_object('id', OLD.id, 'title', OLD.title, 'issuer', OLD.issuer,
            'document_number', OLD.document_number, 'signed_on', OLD.signed_on,
            'published_on', OLD.published_on, 'start_on', OLD.start_on,
            'target_year', OLD.target_year), NULL);
END;

CREATE TRIGGER task_group_audit_insert AFTER INSERT ON task_group
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'task_group', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'kind', NEW.kind,
            'position', NEW.position, 'numbering', NEW.numbering, 'title', NEW.title));
END;
CREATE TRIGGER task_group_audit_update AFTER UPDATE ON task_group
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'task_group', NEW.id, 'update',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'kind', OLD.kind,
            'position', OLD.position, 'numbering', OLD.numbering, 'title', OLD.title),
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'kind', NEW.kind,
            'position', NEW.position, 'numbering', NEW.numbering, 'title', NEW.title));
END;
CREATE TRIGGER task_group_audit_delete AFTER DELETE ON task_group
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'task_group', OLD.id, 'delete',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'kind', OLD.kind,
            'position', OLD.position, 'numbering', OLD.numbering, 'title', OLD.title), NULL);
END;

CREATE TRIGGER department_audit_insert AFTER INSERT ON department
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'department', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'name', NEW.name, 'short_name', NEW.short_name,
            'kind', NEW.kind, 'contact_person', NEW.contact_person,
            'contact_phone', NEW.contact_phone, 'active', NEW.active));
END;
CREATE TRIGGER department_audit_update AFTER UPDATE ON department
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'department', NEW.id, 'update',
            json_object('id', OLD.id, 'name', OLD.name, 'short_name', OLD.short_name,
            'kind', OLD.kind, 'contact_person', OLD.contact_person,
            'contact_phone', OLD.contact_phone, 'active', OLD.active),
            json_object('id', NEW.id, 'name', NEW.name, 'short_name', NEW.short_name,
            'kind', NEW.kind, 'contact_person', NEW.contact_person,
            'contact_phone', NEW.contact_phone, 'active', NEW.active));
END;
CREATE TRIGGER department_audit_delete AFTER DELETE ON department
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'department', OLD.id, 'delete',
            json_object('id', OLD.id, 'name', OLD.name, 'short_name', OLD.short_name,
            'kind', OLD.kind, 'contact_person', OLD.contact_person,
            'contact_phone', OLD.contact_phone, 'active', OLD.active), NULL);
END;

CREATE TRIGGER task_audit_insert AFTER INSERT ON task
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'task', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'group_id', NEW.group_id,
            'parent_id', NEW.parent_id, 'number', NEW.number, 'title', NEW.title,
            'text', NEW.text, 'start_on', NEW.start_on, 'due_on', NEW.due_on,
            'status', NEW.status, 'percent', NEW.percent));
END;
CREATE TRIGGER task_audit_update AFTER UPDATE ON task
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'task', NEW.id, 'update',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'group_id', OLD.group_id,
            'parent_id', OLD.parent_id, 'number', OLD.number, 'title', OLD.title,
            'text', OLD.text, 'start_on', OLD.start_on, 'due_on', OLD.due_on,
            'status', OLD.status, 'percent', OLD.percent),
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'group_id', NEW.group_id,
            'parent_id', NEW.parent_id, 'number', NEW.number, 'title', NEW.title,
            'text', NEW.text, 'start_on', NEW.start_on, 'due_on', NEW.due_on,
            'status', NEW.status, 'percent', NEW.percent));
END;
CREATE TRIGGER task_audit_delete AFTER DELETE ON task
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'task', OLD.id, 'delete',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'group_id', OLD.group_id,
            'parent_id', OLD.parent_id, 'number', OLD.number, 'title', OLD.title,
            'text', OLD.text, 'start_on', OLD.start_on, 'due_on', OLD.due_on,
            'status', OLD.status, 'percent', OLD.percent), NULL);
END;

CREATE TRIGGER assignment_audit_insert AFTER INSERT ON assignment
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'assignment', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'task_id', NEW.task_id, 'department_id', NEW.department_id,
            'role', NEW.role, 'position', NEW.position));
END;
CREATE TRIGGER assignment_audit_update AFTER UPDATE ON assignment
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'assignment', NEW.id, 'update',
            json_object('id', OLD.id, 'task_id', OLD.task_id, 'department_id', OLD.department_id,
            'role', OLD.role, 'position', OLD.position),
            json_object('id', NEW.id, 'task_id', NEW.task_id, 'department_id', NEW.department_id,
            'role', NEW.role, 'position', NEW.position));
END;
CREATE TRIGGER assignment_audit_delete AFTER DELETE ON assignment
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'assignment', OLD.id, 'delete',
            json_object('id', OLD.id, 'task_id', OLD.task_id, 'department_id', OLD.department_id,
            'role', OLD.role, 'position', OLD.position), NULL);
END;

CREATE TRIGGER progress_report_audit_insert AFTER INSERT ON progress_report
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'progress_report', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'task_id', NEW.task_id, 'department_id', NEW.department_id,
            'period', NEW.period, 'reported_on', NEW.reported_on,
            'percent', NEW.percent, 'status', NEW.status, 'text', NEW.text,
            'is_sample', NEW.is_sample));
END;
CREATE TRIGGER progress_report_audit_update AFTER UPDATE ON progress_report
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'progress_report', NEW.id, 'update',
            json_object('id', OLD.id, 'task_id', OLD.task_id, 'department_id', OLD.department_id,
            'period', OLD.period, 'reported_on', OLD.reported_on,
            'percent', OLD.percent, 'status', OLD.status, 'text', OLD.text,
            'is_sample', OLD.is_sample),
            json_object('id', NEW.id, 'task_id', NEW.task_id, 'department_id', NEW.department_id,
            'period', NEW.period, 'reported_on', NEW.reported_on,
            'percent', NEW.percent, 'status', NEW.status, 'text', NEW.text,
            'is_sample', NEW.is_sample));
END;
CREATE TRIGGER progress_report_audit_delete AFTER DELETE ON progress_report
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'progress_report', OLD.id, 'delete',
            json_object('id', OLD.id, 'task_id', OLD.task_id, 'department_id', OLD.department_id,
            'period', OLD.period, 'reported_on', OLD.reported_on,
            'percent', OLD.percent, 'status', OLD.status, 'text', OLD.text,
            'is_sample', OLD.is_sample), NULL);
END;

CREATE TRIGGER indicator_audit_insert AFTER INSERT ON indicator
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'indicator', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'position', NEW.position,
            'code', NEW.code, 'name', NEW.name, 'unit', NEW.unit,
            'comparison', NEW.comparison, 'baseline_value', NEW.baseline_value,
            'baseline_year', NEW.baseline_year, 'baseline_source', NEW.baseline_source,
            'target_value', NEW.target_value, 'target_year', NEW.target_year,
            'department_id', NEW.department_id, 'ratio_numerator', NEW.ratio_numerator,
            'ratio_denominator', NEW.ratio_denominator, 'ratio_scale', NEW.ratio_scale));
END;
CREATE TRIGGER indicator_audit_update AFTER UPDATE ON indicator
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'indicator', NEW.id, 'update',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'position', OLD.position,
            'code', OLD.code, 'name', OLD.name, 'unit', OLD.unit,
            'comparison', OLD.comparison, 'baseline_value', OLD.baseline_value,
            'baseline_year', OLD.baseline_year, 'baseline_source', OLD.baseline_source,
            'target_value', OLD.target_value, 'target_year', OLD.target_year,
            'department_id', OLD.department_id, 'ratio_numerator', OLD.ratio_numerator,
            'ratio_denominator', OLD.ratio_denominator, 'ratio_scale', OLD.ratio_scale),
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'position', NEW.position,
            'code', NEW.code, 'name', NEW.name, 'unit', NEW.unit,
            'comparison', NEW.comparison, 'baseline_value', NEW.baseline_value,
            'baseline_year', NEW.baseline_year, 'baseline_source', NEW.baseline_source,
            'target_value', NEW.target_value, 'target_year', NEW.target_year,
            'department_id', NEW.department_id, 'ratio_numerator', NEW.ratio_numerator,
            'ratio_denominator', NEW.ratio_denominator, 'ratio_scale', NEW.ratio_scale));
END;
CREATE TRIGGER indicator_audit_delete AFTER DELETE ON indicator
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'indicator', OLD.id, 'delete',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'position', OLD.position,
            'code', OLD.code, 'name', OLD.name, 'unit', OLD.unit,
            'comparison', OLD.comparison, 'baseline_value', OLD.baseline_value,
            'baseline_year', OLD.baseline_year, 'baseline_source', OLD.baseline_source,
            'target_value', OLD.target_value, 'target_year', OLD.target_year,
            'department_id', OLD.department_id, 'ratio_numerator', OLD.ratio_numerator,
            'ratio_denominator', OLD.ratio_denominator, 'ratio_scale', OLD.ratio_scale), NULL);
END;

CREATE TRIGGER indicator_value_audit_insert AFTER INSERT ON indicator_value
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'indicator_value', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'indicator_id', NEW.indicator_id, 'period', NEW.period,
            'value', NEW.value, 'source', NEW.source, 'as_of', NEW.as_of,
            'note', NEW.note, 'is_sample', NEW.is_sample));
END;
CREATE TRIGGER indicator_value_audit_update AFTER UPDATE ON indicator_value
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'indicator_value', NEW.id, 'update',
            json_object('id', OLD.id, 'indicator_id', OLD.indicator_id, 'period', OLD.period,
            'value', OLD.value, 'source', OLD.source, 'as_of', OLD.as_of,
            'note', OLD.note, 'is_sample', OLD.is_sample),
            json_object('id', NEW.id, 'indicator_id', NEW.indicator_id, 'period', NEW.period,
            'value', NEW.value, 'source', NEW.source, 'as_of', NEW.as_of,
            'note', NEW.note, 'is_sample', NEW.is_sample));
END;
CREATE TRIGGER indicator_value_audit_delete AFTER DELETE ON indicator_value
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'indicator_value', OLD.id, 'delete',
            json_object('id', OLD.id, 'indicator_id', OLD.indicator_id, 'period', OLD.period,
            'value', OLD.value, 'source', OLD.source, 'as_of', OLD.as_of,
            'note', OLD.note, 'is_sample', OLD.is_sample), NULL);
END;

CREATE TRIGGER meeting_audit_insert AFTER INSERT ON meeting
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'meeting', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'kind', NEW.kind, 'title', NEW.title,
            'held_on', NEW.held_on, 'place', NEW.place, 'chair', NEW.chair,
            'agenda', NEW.agenda, 'minutes', NEW.minutes, 'approval', NEW.approval,
            'approved_on', NEW.approved_on, 'is_sample', NEW.is_sample));
END;
CREATE TRIGGER meeting_audit_update AFTER UPDATE ON meeting
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'meeting', NEW.id, 'update',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'kind', OLD.kind, 'title', OLD.title,
            'held_on', OLD.held_on, 'place', OLD.place, 'chair', OLD.chair,
            'agenda', OLD.agenda, 'minutes', OLD.minutes, 'approval', OLD.approval,
            'approved_on', OLD.approved_on, 'is_sample', OLD.is_sample),
            json_object('id', NEW.id, 'plan_id', NEW.plan_id, 'kind', NEW.kind, 'title', NEW.title,
            'held_on', NEW.held_on, 'place', NEW.place, 'chair', NEW.chair,
            'agenda', NEW.agenda, 'minutes', NEW.minutes, 'approval', NEW.approval,
            'approved_on', NEW.approved_on, 'is_sample', NEW.is_sample));
END;
CREATE TRIGGER meeting_audit_delete AFTER DELETE ON meeting
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'meeting', OLD.id, 'delete',
            json_object('id', OLD.id, 'plan_id', OLD.plan_id, 'kind', OLD.kind, 'title', OLD.title,
            'held_on', OLD.held_on, 'place', OLD.place, 'chair', OLD.chair,
            'agenda', OLD.agenda, 'minutes', OLD.minutes, 'approval', OLD.approval,
            'approved_on', OLD.approved_on, 'is_sample', OLD.is_sample), NULL);
END;

CREATE TRIGGER meeting_attendee_audit_insert AFTER INSERT ON meeting_attendee
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'meeting_attendee', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'meeting_id', NEW.meeting_id,
            'department_id', NEW.department_id, 'person', NEW.person));
END;
CREATE TRIGGER meeting_attendee_audit_update AFTER UPDATE ON meeting_attendee
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'meeting_attendee', NEW.id, 'update',
            json_object('id', OLD.id, 'meeting_id', OLD.meeting_id,
            'department_id', OLD.department_id, 'person', OLD.person),
            json_object('id', NEW.id, 'meeting_id', NEW.meeting_id,
            'department_id', NEW.department_id, 'person', NEW.person));
END;
CREATE TRIGGER meeting_attendee_audit_delete AFTER DELETE ON meeting_attendee
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'meeting_attendee', OLD.id, 'delete',
            json_object('id', OLD.id, 'meeting_id', OLD.meeting_id,
            'department_id', OLD.department_id, 'person', OLD.person), NULL);
END;

CREATE TRIGGER action_item_audit_insert AFTER INSERT ON action_item
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'action_item', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'meeting_id', NEW.meeting_id,
            'owner_department_id', NEW.owner_department_id, 'task_id', NEW.task_id,
            'description', NEW.description, 'due_on', NEW.due_on, 'status', NEW.status,
            'follow_up', NEW.follow_up, 'closed_on', NEW.closed_on,
            'is_sample', NEW.is_sample));
END;
CREATE TRIGGER action_item_audit_update AFTER UPDATE ON action_item
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'action_item', NEW.id, 'update',
            json_object('id', OLD.id, 'meeting_id', OLD.meeting_id,
            'owner_department_id', OLD.owner_department_id, 'task_id', OLD.task_id,
            'description', OLD.description, 'due_on', OLD.due_on, 'status', OLD.status,
            'follow_up', OLD.follow_up, 'closed_on', OLD.closed_on,
            'is_sample', OLD.is_sample),
            json_object('id', NEW.id, 'meeting_id', NEW.meeting_id,
            'owner_department_id', NEW.owner_department_id, 'task_id', NEW.task_id,
            'description', NEW.description, 'due_on', NEW.due_on, 'status', NEW.status,
            'follow_up', NEW.follow_up, 'closed_on', NEW.closed_on,
            'is_sample', NEW.is_sample));
END;
CREATE TRIGGER action_item_audit_delete AFTER DELETE ON action_item
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'action_item', OLD.id, 'delete',
            json_object('id', OLD.id, 'meeting_id', OLD.meeting_id,
            'owner_department_id', OLD.owner_department_id, 'task_id', OLD.task_id,
            'description', OLD.description, 'due_on', OLD.due_on, 'status', OLD.status,
            'follow_up', OLD.follow_up, 'closed_on', OLD.closed_on,
            'is_sample', OLD.is_sample), NULL);
END;

PRAGMA user_version = 2;
