-- Setting up a real trust through the screens: CSUs, wards and library measures can be retired
-- (kept with their history, taken off screens, their codes never reused); a ward has its own
-- huddle time and its own targets for the measures it picks; the library says how to count a
-- measure; annual commitments and escalation response-time targets become data an admin edits.
-- Each editable row carries a version, so two people editing the same thing cannot overwrite
-- each other unseen. Portable SQL: runs on H2 and PostgreSQL alike.

alter table csu add column retired_at timestamp with time zone;
alter table csu add column version integer default 0 not null;

-- huddle_time null: the trust's huddle time (huddle.escalations.huddle-time).
alter table ward add column huddle_time time;
alter table ward add column retired_at timestamp with time zone;
alter table ward add column settings_version integer default 0 not null;

alter table measure_definition add column how_to_count varchar(1000);
alter table measure_definition add column retired_at timestamp with time zone;
alter table measure_definition add column version integer default 0 not null;

-- A ward's own target and amber threshold; null: the library's default.
alter table ward_measure add column target double precision;
alter table ward_measure add column amber_threshold double precision;
-- Taken off the ward's board; the row and the ward's history for it stay.
alter table ward_measure add column removed_at timestamp with time zone;

create table commitment (
    id bigint not null primary key,
    code varchar(40) not null unique,
    title varchar(120) not null,
    description varchar(1000),
    period_label varchar(20),
    sort_order integer default 0 not null,
    retired_at timestamp with time zone,
    version integer default 0 not null
);
create sequence commitment_seq start with 1 increment by 50;

-- One row per severity once an admin has set them; until then the configured targets apply.
create table response_target (
    id bigint not null primary key,
    severity varchar(10) not null unique,
    acknowledge_within varchar(20) not null,
    answer_within varchar(20) not null,
    resolve_within varchar(20) not null,
    version integer default 0 not null
);
create sequence response_target_seq start with 1 increment by 50;
