-- PlanDesk schema 1: the whole domain of a supervised policy plan.
-- Dates are ISO 8601 text (YYYY-MM-DD); the CHECKs reject anything else.
-- Decimal quantities (indicator baselines, targets, values) are exact fixed
-- point: INTEGER ten-thousandths (4.2 is stored as 42000).
-- Periods are 'YYYY', 'YYYY-Qn', 'YYYY-Hn' or 'YYYY-MM'.

PRAGMA application_id = 1349272683; -- 0x506C446B, "PlDk"

CREATE TABLE plan (
    id              INTEGER PRIMARY KEY,
    title           TEXT    NOT NULL CONSTRAINT plan_title_required CHECK (length(trim(title)) > 0),
    issuer          TEXT    NOT NULL DEFAULT '',
    document_number TEXT    NOT NULL DEFAULT '',
    signed_on       TEXT    CONSTRAINT plan_signed_on_date CHECK (signed_on IS NULL OR date(signed_on) IS signed_on),
    published_on    TEXT    CONSTRAINT plan_published_on_date CHECK (published_on IS NULL OR date(published_on) IS published_on),
    start_on        TEXT    NOT NULL CONSTRAINT plan_start_on_date CHECK (date(start_on) IS start_on),
    target_year     INTEGER NOT NULL CONSTRAINT plan_target_year_range CHECK (target_year BETWEEN 1900 AND 2200),
    CONSTRAINT plan_target_after_start CHECK (target_year >= CAST(substr(start_on, 1, 4) AS INTEGER))
);

-- The document's groups: 三、重点任务 (一)…(六) and 四、保障措施.
CREATE TABLE task_group (
    id        INTEGER PRIMARY KEY,
    plan_id   INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    kind      TEXT    NOT NULL CONSTRAINT task_group_kind CHECK (kind IN ('key_task', 'safeguard')),
    position  INTEGER NOT NULL CONSTRAINT task_group_position_positive CHECK (position >= 1),
    numbering TEXT    NOT NULL DEFAULT '',
    title     TEXT    NOT NULL CONSTRAINT task_group_title_required CHECK (length(trim(title)) > 0),
    CONSTRAINT task_group_position_unique UNIQUE (plan_id, position)
);

CREATE TABLE department (
    id             INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL CONSTRAINT department_name_required CHECK (length(trim(name)) > 0),
    short_name     TEXT    NOT NULL DEFAULT '',
    kind           TEXT    NOT NULL CONSTRAINT department_kind CHECK (kind IN
                       ('government', 'party', 'court', 'procuratorate', 'bank', 'customs',
                        'association', 'collective')),
    contact_person TEXT    NOT NULL DEFAULT '',
    contact_phone  TEXT    NOT NULL DEFAULT '',
    active         INTEGER NOT NULL DEFAULT 1 CONSTRAINT department_active_flag CHECK (active IN (0, 1)),
    CONSTRAINT department_name_unique UNIQUE (name)
);

-- Tasks, safeguard measures and the work items the office breaks them into
-- (parent_id set). `text` is the clause exactly as the document words it.
CREATE TABLE task (
    id        INTEGER PRIMARY KEY,
    plan_id   INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    group_id  INTEGER NOT NULL REFERENCES task_group (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES task (id) ON DELETE CASCADE,
    number    INTEGER NOT NULL CONSTRAINT task_number_positive CHECK (number >= 1),
    title     TEXT    NOT NULL CONSTRAINT task_title_required CHECK (length(trim(title)) > 0),
    text      TEXT    NOT NULL DEFAULT '',
    start_on  TEXT    NOT NULL CONSTRAINT task_start_on_date CHECK (date(start_on) IS start_on),
    due_on    TEXT    NOT NULL CONSTRAINT task_due_on_date CHECK (date(due_on) IS due_on),
    status    TEXT    NOT NULL DEFAULT 'not_started' CONSTRAINT task_status CHECK (status IN
                  ('not_started', 'in_progress', 'done', 'suspended')),
    percent   INTEGER NOT NULL DEFAULT 0 CONSTRAINT task_percent_0_100 CHECK (percent BETWEEN 0 AND 100),
    CONSTRAINT task_due_after_start CHECK (due_on >= start_on),
    CONSTRAINT task_done_is_100 CHECK (status <> 'done' OR percent = 100),
    CONSTRAINT task_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX task_number_unique ON task (group_id, number) WHERE parent_id IS NULL;
CREATE UNIQUE INDEX task_item_number_unique ON task (parent_id, number) WHERE parent_id IS NOT NULL;
CREATE INDEX task_plan ON task (plan_id);
CREATE INDEX task_parent ON task (parent_id);

-- A task's group belongs to its plan. Work items hang under top-level tasks
-- only (two levels, so no cycles) and stay in their parent's group. A missing
-- group or parent is left to the foreign keys to report.
CREATE TRIGGER task_consistent_insert BEFORE INSERT ON task
BEGIN
    SELECT RAISE(ABORT, 'task_group_in_plan')
     WHERE EXISTS (SELECT 1 FROM task_group WHERE id = NEW.group_id)
       AND (SELECT plan_id FROM task_group WHERE id = NEW.group_id) IS NOT NEW.plan_id;
    SELECT RAISE(ABORT, 'task_item_parent_is_top_level')
     WHERE NEW.parent_id IS NOT NULL
       AND (SELECT parent_id FROM task WHERE id = NEW.parent_id) IS NOT NULL;
    SELECT RAISE(ABORT, 'task_item_in_parent_group')
     WHERE EXISTS (SELECT 1 FROM task WHERE id = NEW.parent_id)
       AND (SELECT group_id FROM task WHERE id = NEW.parent_id) IS NOT NEW.group_id;
END;
CREATE TRIGGER task_consistent_update BEFORE UPDATE OF plan_id, group_id, parent_id ON task
BEGIN
    SELECT RAISE(ABORT, 'task_group_in_plan')
     WHERE EXISTS (SELECT 1 FROM task_group WHERE id = NEW.group_id)
       AND (SELECT plan_id FROM task_group WHERE id = NEW.group_id) IS NOT NEW.plan_id;
    SELECT RAISE(ABORT, 'task_item_parent_is_top_level')
     WHERE NEW.parent_id IS NOT NULL
       AND (SELECT parent_id FROM task WHERE id = NEW.parent_id) IS NOT NULL;
    SELECT RAISE(ABORT, 'task_with_items_cannot_become_item')
     WHERE NEW.parent_id IS NOT NULL AND EXISTS (SELECT 1 FROM task WHERE parent_id = NEW.id);
    SELECT RAISE(ABORT, 'task_item_in_parent_group')
     WHERE EXISTS (SELECT 1 FROM task WHERE id = NEW.parent_id)
       AND (SELECT group_id FROM task WHERE id = NEW.parent_id) IS NOT NEW.group_id;
END;
-- Moving a task to another group takes its work items along.
CREATE TRIGGER task_items_follow_group AFTER UPDATE OF group_id ON task
WHEN NEW.parent_id IS NULL
BEGIN
    UPDATE task SET group_id = NEW.group_id WHERE parent_id = NEW.id AND group_id IS NOT NEW.group_id;
END;

-- Who answers for a task: exactly one lead (牵头单位), any number cooperating
-- (配合单位), in the order the document lists them.
CREATE TABLE assignment (
    id            INTEGER PRIMARY KEY,
    task_id       INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
    role          TEXT    NOT NULL CONSTRAINT assignment_role CHECK (role IN ('lead', 'cooperating')),
    position      INTEGER NOT NULL CONSTRAINT assignment_position_positive CHECK (position >= 1),
    CONSTRAINT assignment_department_once UNIQUE (task_id, department_id),
    CONSTRAINT assignment_position_unique UNIQUE (task_id, position)
);
CREATE UNIQUE INDEX assignment_one_lead ON assignment (task_id) WHERE role = 'lead';
CREATE INDEX assignment_department ON assignment (department_id);

-- 进展报送: what a department reports on a task for a period.
CREATE TABLE progress_report (
    id            INTEGER PRIMARY KEY,
    task_id       INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
    period        TEXT    NOT NULL CONSTRAINT progress_report_period_format CHECK (
                      period GLOB '[12][0-9][0-9][0-9]'
                      OR period GLOB '[12][0-9][0-9][0-9]-Q[1-4]'
                      OR period GLOB '[12][0-9][0-9][0-9]-H[12]'
                      OR (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
                          AND CAST(substr(period, 6, 2) AS INTEGER) BETWEEN 1 AND 12)),
    reported_on   TEXT    NOT NULL CONSTRAINT progress_report_reported_on_date CHECK (date(reported_on) IS reported_on),
    percent       INTEGER NOT NULL CONSTRAINT progress_report_percent_0_100 CHECK (percent BETWEEN 0 AND 100),
    status        TEXT    NOT NULL CONSTRAINT progress_report_status CHECK (status IN
                      ('not_started', 'in_progress', 'done', 'suspended')),
    text          TEXT    NOT NULL DEFAULT '',
    is_sample     INTEGER NOT NULL DEFAULT 0 CONSTRAINT progress_report_sample_flag CHECK (is_sample IN (0, 1)),
    CONSTRAINT progress_report_one_per_period UNIQUE (task_id, department_id, period)
);
CREATE INDEX progress_report_department ON progress_report (department_id);

CREATE TABLE indicator (
    id                INTEGER PRIMARY KEY,
    plan_id           INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL CONSTRAINT indicator_position_positive CHECK (position >= 1),
    code              TEXT    NOT NULL CONSTRAINT indicator_code_required CHECK (length(trim(code)) > 0),
    name              TEXT    NOT NULL CONSTRAINT indicator_name_required CHECK (length(trim(name)) > 0),
    unit              TEXT    NOT NULL DEFAULT '',
    comparison        TEXT    NOT NULL CONSTRAINT indicator_comparison CHECK (comparison IN ('>', '>=', '<=', '<')),
    baseline_value    INTEGER,
    baseline_year     INTEGER CONSTRAINT indicator_baseline_year_range CHECK (baseline_year IS NULL OR baseline_year BETWEEN 1900 AND 2200),
    baseline_source   TEXT    NOT NULL DEFAULT '',
    baseline_is_sample INTEGER NOT NULL DEFAULT 0 CONSTRAINT indicator_baseline_sample_flag CHECK (baseline_is_sample IN (0, 1)),
    target_value      INTEGER NOT NULL,
    target_year       INTEGER NOT NULL CONSTRAINT indicator_target_year_range CHECK (target_year BETWEEN 1900 AND 2200),
    department_id     INTEGER REFERENCES department (id) ON DELETE SET NULL,
    ratio_numerator   TEXT,
    ratio_denominator TEXT,
    ratio_scale       INTEGER CONSTRAINT indicator_ratio_scale_positive CHECK (ratio_scale IS NULL OR ratio_scale > 0),
    CONSTRAINT indicator_code_unique UNIQUE (plan_id, code),
    CONSTRAINT indicator_position_unique UNIQUE (plan_id, position),
    CONSTRAINT indicator_baseline_complete CHECK ((baseline_value IS NULL) = (baseline_year IS NULL)),
    CONSTRAINT indicator_baseline_before_target CHECK (baseline_year IS NULL OR baseline_year <= target_year),
    CONSTRAINT indicator_ratio_complete CHECK (
        (ratio_numerator IS NULL AND ratio_denominator IS NULL AND ratio_scale IS NULL)
        OR (ratio_numerator IS NOT NULL AND ratio_denominator IS NOT NULL AND ratio_scale IS NOT NULL))
);

CREATE TABLE indicator_value (
    id           INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    period       TEXT    NOT NULL CONSTRAINT indicator_value_period_format CHECK (
                     period GLOB '[12][0-9][0-9][0-9]'
                     OR period GLOB '[12][0-9][0-9][0-9]-Q[1-4]'
                     OR period GLOB '[12][0-9][0-9][0-9]-H[12]'
                     OR (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
                         AND CAST(substr(period, 6, 2) AS INTEGER) BETWEEN 1 AND 12)),
    value        INTEGER NOT NULL,
    source       TEXT    NOT NULL DEFAULT '',
    as_of        TEXT    NOT NULL CONSTRAINT indicator_value_as_of_date CHECK (date(as_of) IS as_of),
    note         TEXT    NOT NULL DEFAULT '',
    is_sample    INTEGER NOT NULL DEFAULT 0 CONSTRAINT indicator_value_sample_flag CHECK (is_sample IN (0, 1)),
    CONSTRAINT indicator_value_one_per_period UNIQUE (indicator_id, period)
);

-- 例会 (regular) and 专题会 (special) meetings of the leading group.
CREATE TABLE meeting (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CONSTRAINT meeting_kind CHECK (kind IN ('regular', 'special')),
    title       TEXT    NOT NULL DEFAULT '',
    held_on     TEXT    NOT NULL CONSTRAINT meeting_held_on_date CHECK (date(held_on) IS held_on),
    place       TEXT    NOT NULL DEFAULT '',
    chair       TEXT    NOT NULL DEFAULT '',
    agenda      TEXT    NOT NULL DEFAULT '',
    minutes     TEXT    NOT NULL DEFAULT '',
    approval    TEXT    NOT NULL DEFAULT 'draft' CONSTRAINT meeting_approval CHECK (approval IN ('draft', 'approved')),
    approved_on TEXT    CONSTRAINT meeting_approved_on_date CHECK (approved_on IS NULL OR date(approved_on) IS approved_on),
    is_sample   INTEGER NOT NULL DEFAULT 0 CONSTRAINT meeting_sample_flag CHECK (is_sample IN (0, 1)),
    CONSTRAINT meeting_approved_has_date CHECK ((approval = 'approved') = (approved_on IS NOT NULL))
);
CREATE INDEX meeting_plan ON meeting (plan_id, held_on);

-- Who attended: a department, a person, or a person from a department.
CREATE TABLE meeting_attendee (
    id            INTEGER PRIMARY KEY,
    meeting_id    INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    department_id INTEGER REFERENCES department (id) ON DELETE RESTRICT,
    person        TEXT    NOT NULL DEFAULT '',
    CONSTRAINT meeting_attendee_named CHECK (department_id IS NOT NULL OR length(trim(person)) > 0)
);
CREATE UNIQUE INDEX meeting_attendee_unique ON meeting_attendee (meeting_id, ifnull(department_id, 0), person);
CREATE INDEX meeting_attendee_department ON meeting_attendee (department_id);

-- 督办事项: decisions of a meeting that someone must carry out.
CREATE TABLE action_item (
    id                  INTEGER PRIMARY KEY,
    meeting_id          INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    owner_department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
    task_id             INTEGER REFERENCES task (id) ON DELETE SET NULL,
    description         TEXT    NOT NULL CONSTRAINT action_item_description_required CHECK (length(trim(description)) > 0),
    due_on              TEXT    NOT NULL CONSTRAINT action_item_due_on_date CHECK (date(due_on) IS due_on),
    status              TEXT    NOT NULL DEFAULT 'open' CONSTRAINT action_item_status CHECK (status IN
                            ('open', 'in_progress', 'done', 'cancelled')),
    follow_up           TEXT    NOT NULL DEFAULT '',
    closed_on           TEXT    CONSTRAINT action_item_closed_on_date CHECK (closed_on IS NULL OR date(closed_on) IS closed_on),
    is_sample           INTEGER NOT NULL DEFAULT 0 CONSTRAINT action_item_sample_flag CHECK (is_sample IN (0, 1)),
    CONSTRAINT action_item_closed_has_date CHECK ((status IN ('done', 'cancelled')) = (closed_on IS NOT NULL))
);
CREATE INDEX action_item_meeting ON action_item (meeting_id);
CREATE INDEX action_item_owner ON action_item (owner_department_id);
CREATE INDEX action_item_task ON action_item (task_id);

PRAGMA user_version = 1;
