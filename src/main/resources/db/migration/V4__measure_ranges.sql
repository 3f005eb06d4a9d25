-- Each measure gets the range of values that can be true for it (a length of stay is never
-- negative, a percentage never above 100). Existing measures get the widest range their kind
-- allowed before, except that a plain number may no longer be negative.
-- Portable SQL: runs on H2 and PostgreSQL alike.

alter table measure_definition add column min_value double precision;
alter table measure_definition add column max_value double precision;

update measure_definition set min_value = 0, max_value = 100000 where kind = 'COUNT';
update measure_definition set min_value = 0, max_value = 100 where kind = 'PERCENTAGE';
update measure_definition set min_value = 0, max_value = 1 where kind = 'YES_NO';
update measure_definition set min_value = 0, max_value = 1000000000 where min_value is null;

alter table measure_definition alter column min_value set not null;
alter table measure_definition alter column max_value set not null;
alter table measure_definition add constraint ck_measure_range check (min_value <= max_value);
