-- Idempotent retries: the answer to each write sent with an Idempotency-Key, per caller, so that a
-- tablet resending a change after a dropped connection gets the first answer instead of a second
-- change. Written in the same transaction as the change; kept 7 days. Portable SQL: H2 and PostgreSQL.

create table idempotent_request (
    id bigint not null primary key,
    caller varchar(60) not null,
    request_key varchar(100) not null,
    method varchar(10) not null,
    path varchar(1000) not null,
    created_at timestamp with time zone not null,
    status integer not null,
    location varchar(1000),
    board_version varchar(20),
    body varchar(16000),
    constraint uq_idempotent_request unique (caller, request_key)
);
create sequence idempotent_request_seq start with 1 increment by 50;
create index ix_idempotent_request_created on idempotent_request (created_at);
