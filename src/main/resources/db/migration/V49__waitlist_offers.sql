-- Waitlist promotion that asks (issue 32 §4): where a session sets offer_hours, a place that comes free is offered
-- to the first person waiting (OFFERED, the place held for them) until offer_expires_at; confirmed, it is BOOKED;
-- unanswered by then, the offer lapses (CANCELLED) and the place passes to the next. Without offer_hours the place is
-- given at once, as before. Same SQL for H2 (PostgreSQL mode) and PostgreSQL.
alter table workshop_session add column offer_hours integer;
alter table workshop_session add constraint ck_workshop_session_offer check (offer_hours is null or offer_hours between 1 and 336);
alter table workshop_booking add column offer_expires_at timestamp;
alter table workshop_booking drop constraint ck_workshop_booking_status;
alter table workshop_booking add constraint ck_workshop_booking_status
    check (status in ('BOOKED', 'WAITLISTED', 'CANCELLED', 'PENDING', 'DECLINED', 'OFFERED'));
create index ix_workshop_booking_offers on workshop_booking (status, offer_expires_at);
