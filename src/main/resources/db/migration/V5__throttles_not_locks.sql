-- Sign-in is throttled per username and source address (in memory), never by locking the account.
alter table person drop column failed_attempts;
alter table person drop column locked_until;

-- Waiting pairing codes are limited per source address, so one flood cannot starve other screens.
alter table pairing_request add column source varchar(64);
create index ix_pairing_request_source on pairing_request (source, expires_at);
