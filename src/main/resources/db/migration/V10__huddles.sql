-- The ward huddle: each stand-up (start, end, facilitator, attendance), the actions it agrees,
-- and the day's thanks shown on the wall. Portable SQL: H2 and PostgreSQL.

alter table ward add column huddle_minutes integer default 10 not null;

create table huddle (
    id bigint not null primary key,
    ward_id bigint not null references ward (id),
    huddle_date date not null,
    started_at timestamp with time zone not null,
    ended_at timestamp with time zone,
    auto_ended boolean not null,
    facilitator varchar(40) not null,
    attendance integer not null,
    roles varchar(300) not null,
    notes varchar(1000),
    target_minutes integer not null,
    version integer not null
);
create sequence huddle_seq start with 1 increment by 50;
create index ix_huddle_ward_date on huddle (ward_id, huddle_date);
create index ix_huddle_date on huddle (huddle_date);

create table huddle_action (
    id bigint not null primary key,
    ward_id bigint not null references ward (id),
    text varchar(200) not null,
    owner varchar(40) not null,
    due_date date not null,
    created_on date not null,
    created_at timestamp with time zone not null,
    huddle_id bigint references huddle (id),
    state varchar(10) not null,
    closed_at timestamp with time zone,
    closed_by varchar(40),
    version integer not null
);
create sequence huddle_action_seq start with 1 increment by 50;
create index ix_huddle_action_ward_state on huddle_action (ward_id, state);

create table thanks_note (
    id bigint not null primary key,
    ward_id bigint not null references ward (id),
    note_date date not null,
    text varchar(200) not null,
    added_by varchar(40),
    added_at timestamp with time zone not null,
    removed_at timestamp with time zone,
    huddle_id bigint references huddle (id),
    version integer not null
);
create sequence thanks_note_seq start with 1 increment by 50;
create index ix_thanks_note_ward_date on thanks_note (ward_id, note_date);
