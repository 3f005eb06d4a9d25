-- Where a manager or executive is told of urgent and newly overdue escalations (when the install
-- has an SMTP server). Optional: people without one are simply not mailed.
alter table person add column email varchar(254);
