-- Measures over time (Making Data Count): a ward's measure may serve one of the trust's annual
-- commitments, and a ward records the days it changed its process ("rebase"), from which its
-- SPC chart computes new limits. Portable SQL: runs on H2 and PostgreSQL alike.

alter table ward_measure add column commitment_id bigint references commitment (id);
create index ward_measure_commitment on ward_measure (commitment_id);

-- The first day of a new segment of the ward's chart for that measure; one per day.
create table measure_rebase (
    id bigint not null primary key,
    ward_measure_id bigint not null references ward_measure (id),
    rebase_date date not null,
    reason varchar(200) not null,
    recorded_by varchar(120) not null,
    recorded_at timestamp with time zone not null,
    unique (ward_measure_id, rebase_date)
);
create sequence measure_rebase_seq start with 1 increment by 50;
