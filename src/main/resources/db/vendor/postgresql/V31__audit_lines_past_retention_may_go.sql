-- PostgreSQL (issue 36): the audit log stays append-only, except that the retention schedule may delete a line
-- once it is older than the audit period (two years: AuditPersonalData's default, and the schedule never uses less).
-- A line younger than that still cannot be changed or deleted by anyone connected as the app; UPDATE and TRUNCATE
-- are refused as before.
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.occurred_at < now() - interval '24 months' then
        return old;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;
