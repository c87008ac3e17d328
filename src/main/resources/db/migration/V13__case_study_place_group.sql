-- The group a centre belonged to as at the practice, beside its provider and local authority
-- (a later regrouping does not rewrite it). Case studies written before this have none.
alter table case_study_place add column centre_group varchar(200);
