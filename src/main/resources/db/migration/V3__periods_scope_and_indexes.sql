-- Foundation hardening: one period rule, scope as a relation the database joins, missing indexes.
-- Runs on H2 (PostgreSQL mode) and PostgreSQL alike; PostgreSQL-only extras are in db/vendor/postgresql.

-- Oversight is edited like the other effective-dated records, so it gets optimistic locking too.
alter table oversight add column version bigint not null default 0;
alter table oversight add constraint ck_oversight_dates check (valid_to is null or valid_to > valid_from);

-- Foreign keys that had no index (PostgreSQL does not create them itself).
create index ix_user_account_person on user_account (person_id);
create index ix_oversight_authority on oversight (local_authority_id);
create index ix_oversight_group on oversight (centre_group_id);
create index ix_course_progress_course on course_progress (course_id);
create index ix_unit_progress_course on unit_progress (course_id);
create index ix_course_completion_course on course_completion (course_id);
create index ix_course_completion_version on course_completion (course_version_id);
-- uk_unit_progress (person_id, course_id, unit_key, fingerprint) already serves (person_id, course_id).
drop index ix_unit_progress_person;

-- Name search: see V3_1 (db/vendor/h2 and db/vendor/postgresql), which adds a stored lower-case
-- copy of the names with indexes fit for each database.
drop index ix_centre_lower_name;

-- Who may see which centre, as a relation: one row per signed-in account and centre, with the
-- period in which that holds. Queries join it for "today" (AccessScope), so scope is applied by
-- the database and never travels as a list of ids.
--   admins: every centre, always;
--   centre managers and practitioners: the centres they are employed at;
--   improvement partners: every centre of an authority they oversee, and the centres that are in a
--   group they oversee while both the oversight and the centre's membership of the group hold.
create view centre_access as
select u.id as account_id, c.id as centre_id, cast('admin' as varchar(20)) as via, date '1900-01-01' as valid_from, cast(null as date) as valid_to
  from user_account u cross join centre c
 where u.role = 'ADMIN' and u.enabled
union all
select u.id, e.centre_id, 'employment', e.start_date, e.end_date
  from user_account u join employment e on e.person_id = u.person_id
 where u.role in ('CENTRE_MANAGER', 'PRACTITIONER') and u.enabled
union all
select u.id, c.id, 'authority', o.valid_from, o.valid_to
  from user_account u join oversight o on o.person_id = u.person_id
  join centre c on c.local_authority_id = o.local_authority_id
 where u.role = 'IMPROVEMENT_PARTNER' and u.enabled
union all
select u.id, a.centre_id, 'group',
       case when a.valid_from > o.valid_from then a.valid_from else o.valid_from end,
       case when a.valid_to is null then o.valid_to
            when o.valid_to is null then a.valid_to
            when a.valid_to < o.valid_to then a.valid_to else o.valid_to end
  from user_account u join oversight o on o.person_id = u.person_id
  join centre_arrangement a on a.centre_group_id = o.centre_group_id
 where u.role = 'IMPROVEMENT_PARTNER' and u.enabled
   and (o.valid_to is null or a.valid_from < o.valid_to)
   and (a.valid_to is null or o.valid_from < a.valid_to);
