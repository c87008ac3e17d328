-- A booking made into a centre's reserved place remembers the reservation (issue 32 §4): cancelled while the
-- reservation is still held (before its release day), the place goes back to that centre's reservation rather than to
-- the waitlist; after the release day it goes to the waitlist as any freed place. Bookings made before this have none.
-- Same SQL for H2 (PostgreSQL mode) and PostgreSQL.
alter table workshop_booking add column reservation_id bigint references workshop_reservation (id);
create index ix_workshop_booking_reservation on workshop_booking (reservation_id);
