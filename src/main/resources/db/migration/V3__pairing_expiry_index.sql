-- Expired pairing requests are swept on every new one.
create index ix_pairing_request_expires on pairing_request (expires_at);
