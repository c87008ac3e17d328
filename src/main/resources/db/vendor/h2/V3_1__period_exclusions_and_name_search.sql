-- H2 (the embedded database). The PostgreSQL twin of this migration has the same version.
--
-- Name search: the filters match what was typed anywhere in a name, ignoring case. H2 has no
-- expression indexes, so a generated lower-case copy of the name is stored and indexed.
alter table centre add column name_lower varchar(200) generated always as (lower(name));
create index ix_centre_name_lower on centre (name_lower);
alter table person add column name_lower varchar(200) generated always as (lower(full_name));
create index ix_person_name_lower on person (name_lower);
-- H2 has no exclusion constraints: overlapping periods are refused by the services, under a lock.
