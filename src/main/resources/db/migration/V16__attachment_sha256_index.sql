-- The nightly sweep of stored files asks, for each file, whether any document still refers to it.
create index ix_attachment_sha256 on case_study_attachment (sha256);
