-- Self-assessment blocks in course units (issue 18): the scale rated and, optionally, the earlier
-- self-assessment of the same course whose ratings are shown beside the new ones (unit-file.md#id).
-- The ratings themselves are the learner's, and live in their journal.
alter table course_unit_part add column scale varchar(60);
alter table course_unit_part add column compare_to varchar(300);
