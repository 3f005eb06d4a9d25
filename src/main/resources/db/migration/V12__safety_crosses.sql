-- A ward keeps a safety cross for each of its harm measures it chooses (falls, pressure ulcers,
-- medication incidents...), not just one: the choice moves to the ward's measure. The ward's old
-- single harm measure becomes that measure's flag; its column stays, no longer read, so that a
-- rollback to the previous release still finds it.
-- A day's harm can be marked as present on admission: shown on the cross with its own mark, and
-- not counted as harm on the ward.
-- Portable SQL: runs on H2 and PostgreSQL alike.

alter table ward_measure add column safety_cross boolean default false not null;
update ward_measure set safety_cross = true
    where exists (select 1 from ward w where w.id = ward_measure.ward_id and w.harm_measure_id = ward_measure.measure_id);

alter table measure_entry add column present_on_admission boolean default false not null;
