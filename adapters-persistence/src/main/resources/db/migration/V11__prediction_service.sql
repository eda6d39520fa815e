-- The at-risk list shows and filters by the carrier service each shipment was booked with. Predictions stored before
-- are of standard shipments (no other service existed), and the next prediction of each rewrites its row.
alter table shipment_predictions add column service varchar(32) not null default 'standard';
