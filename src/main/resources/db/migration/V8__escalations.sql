-- Escalations: problems a ward cannot solve itself, raised to its CSU (tier 2) and on to the
-- trust's executives (tier 3), and every action taken on them. Portable SQL: H2 and PostgreSQL.

create table escalation (
    id bigint not null primary key,
    ward_id bigint not null references ward (id),
    title varchar(120) not null,
    detail varchar(1000) not null,
    category varchar(20) not null,
    severity varchar(10) not null,
    raised_by varchar(40),
    raised_at timestamp with time zone not null,
    tier integer not null,
    state varchar(20) not null,
    owner_id bigint references person (id),
    owner_name varchar(120),
    acknowledged_at timestamp with time zone,
    answered_at timestamp with time zone,
    answer varchar(1000),
    answered_by varchar(120),
    resolved_at timestamp with time zone,
    reopened_at timestamp with time zone,
    closed_at timestamp with time zone,
    overdue_noticed_at timestamp with time zone,
    version integer not null
);
create sequence escalation_seq start with 1 increment by 50;
create index ix_escalation_ward_state on escalation (ward_id, state);
create index ix_escalation_raised_at on escalation (raised_at);
create index ix_escalation_state on escalation (state);

create table escalation_event (
    id bigint not null primary key,
    escalation_id bigint not null references escalation (id),
    action varchar(20) not null,
    occurred_at timestamp with time zone not null,
    actor_name varchar(120) not null,
    side varchar(20) not null,
    typed_name varchar(40),
    note varchar(1000),
    tier integer not null,
    state varchar(20) not null
);
create sequence escalation_event_seq start with 1 increment by 50;
create index ix_escalation_event_escalation on escalation_event (escalation_id);
