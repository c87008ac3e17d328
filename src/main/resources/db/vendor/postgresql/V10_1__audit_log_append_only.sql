-- PostgreSQL: the audit log is append-only for everyone who connects as the app, not only for the
-- app's code. An UPDATE, DELETE or TRUNCATE of audit_event fails. (H2 has no PL/pgSQL; there the
-- app's own code is the guard: AuditEntryRepository can only insert and read.)
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;
create trigger tr_audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger tr_audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
