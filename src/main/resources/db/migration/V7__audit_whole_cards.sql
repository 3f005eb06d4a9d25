-- An idea card with its long fields filled is about 7,000 characters as JSON; the audit trail
-- keeps every change's before and after whole. Portable SQL: H2 and PostgreSQL both take SET DATA TYPE.

alter table audit_event alter column before_value set data type varchar(16000);
alter table audit_event alter column after_value set data type varchar(16000);
