-- People, paired devices, sessions, pairing requests and the append-only audit trail.

create table person (
    id bigint not null primary key,
    username varchar(60) not null unique,
    display_name varchar(120) not null,
    password_hash varchar(100) not null,
    role varchar(20) not null,
    active boolean not null,
    failed_attempts integer not null,
    locked_until timestamp with time zone,
    created_at timestamp with time zone not null
);
create sequence person_seq start with 1 increment by 50;

create table person_ward (
    person_id bigint not null references person (id),
    ward_id bigint not null references ward (id),
    primary key (person_id, ward_id)
);

create table person_csu (
    person_id bigint not null references person (id),
    csu_id bigint not null references csu (id),
    primary key (person_id, csu_id)
);

create table user_session (
    id bigint not null primary key,
    person_id bigint not null references person (id),
    token_hash varchar(64) not null unique,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);
create sequence user_session_seq start with 1 increment by 50;

create table device (
    id bigint not null primary key,
    name varchar(80) not null,
    ward_id bigint not null references ward (id),
    role varchar(20) not null,
    token_hash varchar(64) unique,
    paired_at timestamp with time zone not null,
    paired_by varchar(60) not null,
    last_seen_at timestamp with time zone,
    revoked_at timestamp with time zone
);
create sequence device_seq start with 1 increment by 50;

create table pairing_request (
    id bigint not null primary key,
    code varchar(12) not null unique,
    claim_hash varchar(64) not null unique,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    device_id bigint references device (id)
);
create sequence pairing_request_seq start with 1 increment by 50;

create table audit_event (
    id bigint not null primary key,
    occurred_at timestamp with time zone not null,
    actor_kind varchar(10) not null,
    actor_name varchar(120) not null,
    typed_name varchar(40),
    ward_code varchar(40),
    action varchar(40) not null,
    subject varchar(200) not null,
    before_value varchar(2000),
    after_value varchar(2000)
);
create sequence audit_event_seq start with 1 increment by 50;
create index ix_audit_ward_time on audit_event (ward_code, occurred_at);
create index ix_audit_time on audit_event (occurred_at);
