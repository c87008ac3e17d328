-- Workshops as authorities run them (issue 32 §4), per session: booking closes so many hours before the start,
-- cancelling (by the person booked) closes so many hours before (null: until it starts), and a practitioner's
-- booking may wait for their centre manager's approval. Same SQL for H2 (PostgreSQL mode) and PostgreSQL.
alter table workshop_session add column booking_closes_hours integer;
alter table workshop_session add column cancel_closes_hours integer;
alter table workshop_session add column approval_required boolean default false not null;
alter table workshop_session add constraint ck_workshop_session_cutoffs
    check ((booking_closes_hours is null or booking_closes_hours between 0 and 2160)
       and (cancel_closes_hours is null or cancel_closes_hours between 0 and 2160));

-- PENDING: waiting for the manager (holds no place); DECLINED: the manager said no, with a reason.
alter table workshop_booking drop constraint ck_workshop_booking_status;
alter table workshop_booking add constraint ck_workshop_booking_status
    check (status in ('BOOKED', 'WAITLISTED', 'CANCELLED', 'PENDING', 'DECLINED'));
alter table workshop_booking add column decision_reason varchar(1000);
alter table workshop_booking add column decided_by bigint references user_account (id);
