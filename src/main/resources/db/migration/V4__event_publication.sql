-- Spring Modulith's event publication registry (spring-modulith-events-jpa 2.1.1): every event with a
-- transactional listener (e.g. CourseCompleted) is stored here in the transaction that publishes it,
-- one row per listener, and stays until that listener has handled it. The JPA module ships no DDL;
-- these columns are its entities' (JpaEventPublication). Same SQL for H2 (PostgreSQL mode) and
-- PostgreSQL: varchar, not text (H2 reads text as a CLOB, which JPA validation rejects for a String);
-- timestamp with time zone for the Instants (microseconds on both).
-- Events carry ids and a few values, never documents: 4000 characters of JSON is ample.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);

-- spring.modulith.events.completion-mode=archive: a handled publication moves here, so the table above
-- holds only what is still outstanding (small, and quick to scan on resubmission), while this one keeps
-- when each listener handled each event.
create table event_publication_archive (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_archive_completed on event_publication_archive (completion_date);
