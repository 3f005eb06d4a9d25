-- The wall screen's theme, a ward setting: dark by default (less glare, kinder to screens that
-- never sleep), light for wards that prefer a board like paper. Portable SQL: H2 and PostgreSQL.

alter table ward add column wall_theme varchar(8) default 'DARK' not null;
