-- The completion roll-up (AssignmentRepository.rollUp) adds up each person's assignments in force on
-- a day: how many, completed, overdue. H2 runs that per-person part as one index look-up per person
-- who worked anywhere that day. With only (person_id) indexed, each of the ~40 assignments a person
-- has was then fetched from the table; this index holds every column the roll-up reads, so H2 answers
-- from the index alone (EXPLAIN: ix_assignment_rollup; at benchmark size ~14 ms of ~90 ms saved).
-- assigned_on second: "as at" an earlier day reads only what had been assigned by then.
create index ix_assignment_rollup on assignment (person_id, assigned_on, cancelled_on, completed_on, expires_on, due_on);
