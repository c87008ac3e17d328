-- The reverse of attendance unlocking units (issue 32 §4): a workshop's course.yml may name units to complete before
-- booking one of its sessions (bookingRequiresUnits). The mark is kept on the unit of each version, as the attendance
-- mark is, so the booking rule reads the version learners see now. Same SQL for H2 (PostgreSQL mode) and PostgreSQL.
alter table course_unit add column before_booking boolean default false not null;
