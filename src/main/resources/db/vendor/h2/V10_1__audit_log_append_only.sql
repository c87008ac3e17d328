-- H2 twin of the PostgreSQL migration of the same version (which adds a trigger refusing UPDATE and
-- DELETE of audit_event). H2 triggers need a Java class on the database's classpath; on H2 the app's
-- own code is the guard instead: AuditEntryRepository can only insert and read.
select 1;
