-- A reflective question that asks about a family or a child (about-family in the unit file, issue 29):
-- the player reminds the learner beside the answer box to leave out what would identify the family.
-- Versions imported before this column existed get the mark from their files at the next import.
alter table course_unit_part add column about_family boolean default false not null;
