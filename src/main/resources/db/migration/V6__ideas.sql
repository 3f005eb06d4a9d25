-- Improvement idea cards, their plan-do-study-act notes, and the links between a card offered
-- by one ward and the cards that adopted it elsewhere. Portable SQL: runs on H2 and PostgreSQL.

create table idea (
    id bigint not null primary key,
    ward_id bigint not null references ward (id),
    title varchar(120) not null,
    problem varchar(1000) not null,
    proposal varchar(1000) not null,
    raised_by varchar(40),
    raised_on date not null,
    owner varchar(40),
    due_date date,
    measure_id bigint references measure_definition (id),
    quality_aim varchar(30) not null,
    idea_column varchar(20) not null,
    moved_at timestamp with time zone not null,
    parked_reason varchar(300),
    change_made varchar(1000),
    effect varchar(1000),
    implemented_on date,
    celebrated_on date,
    impact_safety varchar(10),
    impact_safety_note varchar(300),
    impact_effectiveness varchar(10),
    impact_effectiveness_note varchar(300),
    impact_experience varchar(10),
    impact_experience_note varchar(300),
    impact_checked_by varchar(40),
    impact_checked_at timestamp with time zone,
    impact_signed_off_by varchar(120),
    impact_signed_off_at timestamp with time zone,
    offer_summary varchar(200),
    offered_by varchar(120),
    offered_at timestamp with time zone,
    adopted_from_id bigint references idea (id),
    created_at timestamp with time zone not null,
    version integer not null
);
create sequence idea_seq start with 1 increment by 50;
create index ix_idea_ward_column on idea (ward_id, idea_column);
create index ix_idea_offered_at on idea (offered_at);
create index ix_idea_adopted_from on idea (adopted_from_id);

create table pdsa_note (
    id bigint not null primary key,
    idea_id bigint not null references idea (id),
    stage varchar(10) not null,
    noted_on date not null,
    note varchar(500) not null,
    written_by varchar(40),
    created_at timestamp with time zone not null
);
create sequence pdsa_note_seq start with 1 increment by 50;
create index ix_pdsa_note_idea on pdsa_note (idea_id);
