-- H2 twin of the PostgreSQL migration of the same version (which lets the retention schedule delete audit lines
-- older than two years). On H2 the app's own code is the guard: only the audit module's PersonalData deletes lines,
-- and only those older than the audit period.
select 1;
