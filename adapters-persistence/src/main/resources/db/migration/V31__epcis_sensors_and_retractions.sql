-- GS1 EPCIS sensor data and error declarations (issue #14).

-- a capture job tells how many sensor readings it stored, and what of the captured events it did not use (sensor
-- reports of another type or unit, a device another tenant holds)
alter table epcis_capture_jobs
    add column readings integer not null default 0,
    add column warnings text[]  not null default '{}';
