-- Several nodes on one PostgreSQL database (huddle.cluster.enabled, src/docs/deploying.md).
-- Portable SQL: H2 and PostgreSQL.

-- Each committed board change, written in its own transaction, so that every node relays it to its
-- screens in the ward's version order (a ward's versions are taken under its row lock: no gaps, no
-- repeats). Only written when several nodes share the database; kept for a few minutes.
create table board_event (
    ward varchar(40) not null,
    version bigint not null,
    kind varchar(60) not null,
    change_json varchar(1000000),
    created_at timestamp with time zone not null,
    primary key (ward, version)
);
create index ix_board_event_created on board_event (created_at);

-- Sign-in attempts per typed username and source address (SignInThrottle): in the database, so the
-- limit holds whichever node an attempt lands on, and across restarts. Attempts on one pair are
-- decided one at a time under a lock on the pair's sign_in_lock row.
create table sign_in_attempt (
    id bigint not null primary key,
    username varchar(200) not null,
    source varchar(64) not null,
    attempted_at timestamp with time zone not null
);
create sequence sign_in_attempt_seq start with 1 increment by 50;
create index ix_sign_in_attempt on sign_in_attempt (username, source, attempted_at);
create index ix_sign_in_attempt_at on sign_in_attempt (attempted_at);
create table sign_in_lock (
    pair_key varchar(300) not null primary key
);
