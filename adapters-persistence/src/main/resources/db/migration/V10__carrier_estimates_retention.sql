-- Carrier estimates are forgotten once last reported longer ago than waybill.predictions.carrier-estimates.retention
-- (90 days by default): the periodic sweep deletes them by reported_at.
create index carrier_estimates_reported_at on carrier_estimates (reported_at);
