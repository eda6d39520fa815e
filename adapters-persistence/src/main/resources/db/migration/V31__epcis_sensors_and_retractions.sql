-- GS1 EPCIS sensor data, and timeline steps of events declared wrong taken back (issue #14).

-- a capture job tells how many sensor readings it stored, and what of the captured events it did not use (sensor
-- reports of another type or unit, a device another tenant holds)
alter table epcis_capture_jobs
    add column readings integer not null default 0,
    add column warnings text[]  not null default '{}';

-- a timeline step taken back because its source declared the event wrong (an EPCIS errorDeclaration arriving after
-- the event): the row stays, so the timeline still shows it, but the derivation counts it for nothing. Both null while
-- the step stands; a retraction is never undone. The check is not validated: every row there is has both null, and
-- validating would read the whole table under this migration's lock for nothing; new and updated rows are checked.
alter table tracking_events
    add column retracted_at      timestamp with time zone,
    add column retraction_reason varchar(256),
    add constraint tracking_events_retraction_whole check ((retracted_at is null) = (retraction_reason is null)) not valid;
