-- Recent attempts that the sign-in and the password reset brake on (security.AttemptCounts): wrong passwords
-- per sign-in name and per client address, reset requests per address and per client. In the database, not
-- in one node's memory, so that every node of a deployment applies the same brake. Each row names when it
-- may be forgotten; expired rows count as nothing and are deleted every few minutes.
create table attempt_count (
    counter_key varchar(300) not null primary key,
    hits        integer not null,
    first_hit   timestamp with time zone not null,
    last_hit    timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);
create index attempt_count_expiry on attempt_count (expires_at);
