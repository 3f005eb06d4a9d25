-- Information governance: a person who has left can have their data erased. Their row stays (so
-- the records they appear in still count) under a neutral name, with no password hash and the
-- moment of erasure. Portable SQL: runs on H2 and PostgreSQL alike.

alter table person add column erased_at timestamp with time zone;
alter table person alter column password_hash drop not null;
