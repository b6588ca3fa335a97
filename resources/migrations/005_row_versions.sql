-- Schema 5: a ledger several people edit at once (issue 10).
-- Every row the office edits carries a version. A save names the version it
-- read (UPDATE … WHERE id = ? AND row_version = ?) and bumps it, so a change
-- someone else saved meanwhile is caught instead of silently overwritten.
-- The audit log also records the database user: on PostgreSQL the server's
-- login; a SQLite file has no users, so it stays empty there.

ALTER TABLE plan ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE task_group ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE department ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE task ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE progress_report ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE indicator ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE indicator_value ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE meeting ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE action_item ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE reporting_round ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE audit_log ADD COLUMN db_user TEXT NOT NULL DEFAULT '';

PRAGMA user_version = 5;
