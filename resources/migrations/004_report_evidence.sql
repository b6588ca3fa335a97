-- Schema 4: a progress report names its evidence (佐证材料) — the documents a
-- department cites for what it reports, as the returns templates ask for it.

ALTER TABLE progress_report ADD COLUMN evidence TEXT NOT NULL DEFAULT '';

-- The audit log keeps the evidence with the rest of the report.
DROP TRIGGER progress_report_audit_insert;
DROP TRIGGER progress_report_audit_update;
DROP TRIGGER progress_report_audit_delete;

CREATE TRIGGER progress_report_audit_insert AFTER INSERT ON progress_report
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'progress_report', NEW.id, 'insert', NULL,
            json_object('id', NEW.id, 'task_id', NEW.task_id, 'department_id', NEW.department_id,
            'period', NEW.period, 'reported_on', NEW.reported_on,
            'percent', NEW.percent, 'status', NEW.status, 'text', NEW.text,
            'evidence', NEW.evidence, 'is_sample', NEW.is_sample));
END;
CREATE TRIGGER progress_report_audit_update AFTER UPDATE ON progress_report
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'progress_report', NEW.id, 'update',
            json_object('id', OLD.id, 'task_id', OLD.task_id, 'department_id', OLD.department_id,
            'period', OLD.period, 'reported_on', OLD.reported_on,
            'percent', OLD.percent, 'status', OLD.status, 'text', OLD.text,
            'evidence', OLD.evidence, 'is_sample', OLD.is_sample),
            json_object('id', NEW.id, 'task_id', NEW.task_id, 'department_id', NEW.department_id,
            'period', NEW.period, 'reported_on', NEW.reported_on,
            'percent', NEW.percent, 'status', NEW.status, 'text', NEW.text,
            'evidence', NEW.evidence, 'is_sample', NEW.is_sample));
END;
CREATE TRIGGER progress_report_audit_delete AFTER DELETE ON progress_report
BEGIN
    INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
    VALUES ((SELECT coalesce(nullif(actor, ''), '(outside PlanDesk)') FROM audit_context), 'progress_report', OLD.id, 'delete',
            json_object('id', OLD.id, 'task_id', OLD.task_id, 'department_id', OLD.department_id,
            'period', OLD.period, 'reported_on', OLD.reported_on,
            'percent', OLD.percent, 'status', OLD.status, 'text', OLD.text,
            'evidence', OLD.evidence, 'is_sample', OLD.is_sample), NULL);
END;

PRAGMA user_version = 4;
