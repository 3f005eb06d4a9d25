-- Portable SQL: runs on H2 and PostgreSQL alike.

create table csu (
    id bigint not null primary key,
    code varchar(40) not null unique,
    name varchar(120) not null
);
create sequence csu_seq start with 1 increment by 50;

create table measure_definition (
    id bigint not null primary key,
    measure_key varchar(40) not null unique,
    name varchar(120) not null,
    category varchar(20) not null,
    unit varchar(20) not null,
    kind varchar(20) not null,
    direction varchar(20) not null,
    target double precision not null,
    amber_threshold double precision not null
);
create sequence measure_definition_seq start with 1 increment by 50;

create table ward (
    id bigint not null primary key,
    code varchar(40) not null unique,
    name varchar(120) not null,
    csu_id bigint not null references csu (id),
    harm_measure_id bigint references measure_definition (id),
    board_version bigint not null
);
create sequence ward_seq start with 1 increment by 50;

create table ward_measure (
    id bigint not null primary key,
    ward_id bigint not null references ward (id),
    measure_id bigint not null references measure_definition (id),
    sort_order integer not null,
    constraint uk_ward_measure unique (ward_id, measure_id)
);
create sequence ward_measure_seq start with 1 increment by 50;

create table measure_entry (
    id bigint not null primary key,
    ward_id bigint not null references ward (id),
    measure_id bigint not null references measure_definition (id),
    entry_date date not null,
    entry_value double precision not null,
    note varchar(200),
    entered_by varchar(40),
    entered_at timestamp with time zone not null,
    version integer not null,
    constraint uk_measure_entry_day unique (ward_id, measure_id, entry_date)
);
create sequence measure_entry_seq start with 1 increment by 50;
create index ix_measure_entry_ward_date on measure_entry (ward_id, entry_date);
