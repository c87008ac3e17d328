-- As at a past day, the status is the one of the certification period then held (issue 32 §1): a renewal replaces
-- the assignment's own dates, and without the earlier period's renewal window a day before that renewal read as
-- due or overdue instead of completed (or renewal due, or expired). Each period keeps the day its window opened,
-- as the assignment had it when the period began. Same SQL for H2 (PostgreSQL mode) and PostgreSQL.
alter table certification_period add column renewal_opens_on date;
update certification_period set renewal_opens_on = valid_until
    - (select a.renewal_window_days from assignment a where a.id = certification_period.assignment_id);
alter table certification_period alter column renewal_opens_on set not null;
