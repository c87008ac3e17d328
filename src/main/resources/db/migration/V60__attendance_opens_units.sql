-- Attendance unlocks the next step (issue 32 §4): a workshop's unit may open only once the learner attended a session
-- of it. The unit says so in its front matter (requiresAttendance: true); the completion that attending records says
-- how it was made (source ATTENDANCE), so the player asks its own completions, not the workshops' register.
-- Same SQL for H2 (PostgreSQL mode) and PostgreSQL.
alter table course_unit add column requires_attendance boolean default false not null;
alter table course_completion drop constraint ck_course_completion_source;
alter table course_completion add constraint ck_course_completion_source
    check (source in ('COURSE', 'ATTENDANCE', 'EXTERNAL_EVIDENCE'));
-- Attendance recorded before this: the register's attended rows point at the completions they made.
update course_completion set source = 'ATTENDANCE'
    where id in (select b.completion_id from workshop_booking b where b.attendance = 'ATTENDED' and b.completion_id is not null);
