-- An uploaded document is now handed to the reading workers after its transaction commits without an
-- event in Spring Modulith's registry: the attachment's own status (QUEUED) was always the durable
-- record, and the workers read every queued attachment again at start-up. An outstanding publication
-- of the old event would name a class that no longer exists and fail at every retry, so it goes.
delete from event_publication where event_type = 'org.centrecpd.casestudies.service.AttachmentQueued';
