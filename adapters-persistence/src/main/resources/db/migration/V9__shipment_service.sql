-- The carrier service a shipment was booked with (standard, express, ...): part of its lane, so transit statistics
-- are learned per service. Shipments packed before this column existed were booked without one: standard.
alter table shipments add column service varchar(32) not null default 'standard';

-- The P90 calibration is learned per carrier and service too: express estimates fare differently from standard ones.
-- Calibrations stored before were learned from standard shipments only.
alter table eta_calibrations add column service varchar(32) not null default 'standard';
alter table eta_calibrations drop constraint eta_calibrations_pkey;
alter table eta_calibrations add primary key (carrier, service, stage);
