-- A course may say, in its course.yml, how long a completion counts as a certification (validityMonths) and how many
-- days before the end its renewal window opens (renewalWindowDays): the defaults the assign and rule dialogs start
-- from (issue 32 §1). They are policy, not content: kept on the course, refreshed by every import, never a new version.
-- Assignments keep their own copy, so a changed default leaves existing assignments as they were.
-- Same SQL for H2 (PostgreSQL mode) and PostgreSQL.
alter table course add column validity_months integer;
alter table course add column renewal_window_days integer;
alter table course add constraint ck_course_validity_months check (validity_months is null or validity_months between 1 and 120);
alter table course add constraint ck_course_renewal_window_days
    check (renewal_window_days is null or (validity_months is not null and renewal_window_days between 0 and 366));
