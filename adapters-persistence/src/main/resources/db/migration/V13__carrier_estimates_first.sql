-- The carrier's first estimate of each shipment (what it promised at hand-over), kept beside the latest: the ETA model
-- learns how wrong a carrier's estimates are from the first one, because the report that comes with the delivery scan
-- repeats (or revises) the estimate after the fact. An older report arriving late becomes the first.
alter table carrier_estimates add column first_latest timestamptz, add column first_reported_at timestamptz;
update carrier_estimates set first_latest = latest, first_reported_at = reported_at;
alter table carrier_estimates alter column first_latest set not null, alter column first_reported_at set not null;
