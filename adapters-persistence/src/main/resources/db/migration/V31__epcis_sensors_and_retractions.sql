-- GS1 EPCIS sensor data (issue #14). Taking back timeline steps of events declared wrong is to join this migration
-- (V31 is this branch's one number) before it is merged.

-- a capture job tells how many sensor readings it stored, and what of the captured events it did not use (sensor
-- reports of another type or unit, a device another tenant holds)
alter table epcis_capture_jobs
    add column readings integer not null default 0,
    add column warnings text[]  not null default '{}';
