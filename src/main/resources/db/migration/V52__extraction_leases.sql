-- The extraction queue is shared by every app node (issue 35 §3): a node takes documents with
-- FOR UPDATE SKIP LOCKED and holds each for a lease it keeps renewing while it reads it. A document whose
-- node died (its lease run out) is taken again by another node, so none stays EXTRACTING for ever.
-- Documents already EXTRACTING when this runs have no lease: they count as expired and are read again.
alter table case_study_attachment add column claimed_by varchar(200);
alter table case_study_attachment add column lease_until timestamp with time zone;
