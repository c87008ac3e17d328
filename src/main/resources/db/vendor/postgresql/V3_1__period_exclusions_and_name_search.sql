-- PostgreSQL. The H2 twin of this migration (db/vendor/h2) has the same version.

-- Periods of the same thing never overlap: the services check this under a lock and say so
-- clearly; these constraints keep it true even for writes that bypass the services.
create extension if not exists btree_gist;
alter table centre_arrangement add constraint ex_arrangement_overlap
    exclude using gist (centre_id with =, daterange(valid_from, valid_to) with &&);
alter table employment add constraint ex_employment_overlap
    exclude using gist (person_id with =, centre_id with =, daterange(start_date, end_date) with &&);
alter table oversight add constraint ex_oversight_overlap
    exclude using gist (person_id with =, coalesce(local_authority_id, -1) with =, coalesce(centre_group_id, -1) with =,
                        daterange(valid_from, valid_to) with &&);

-- Name search: the filters match what was typed anywhere in a name ('%ash%'), ignoring case. A
-- stored lower-case copy of the name carries a trigram index for that, and a pattern b-tree for
-- prefixes (the plain b-tree cannot serve LIKE unless the collation is C).
create extension if not exists pg_trgm;
alter table centre add column name_lower varchar(200) generated always as (lower(name)) stored;
alter table person add column name_lower varchar(200) generated always as (lower(full_name)) stored;
create index ix_centre_name_trgm on centre using gin (name_lower gin_trgm_ops);
create index ix_person_name_trgm on person using gin (name_lower gin_trgm_ops);
create index ix_person_email_trgm on person using gin (email gin_trgm_ops);
create index ix_centre_name_lower on centre (name_lower varchar_pattern_ops);
create index ix_person_name_lower on person (name_lower varchar_pattern_ops);
