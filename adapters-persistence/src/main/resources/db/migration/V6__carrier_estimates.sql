-- The carriers' own delivery estimates (issue #4: ETA with uncertainty, fallbacks when data is thin): what a shipment's
-- ETA rests on while its lane has too few deliveries to learn from.
-- One row per carrier tracking number: the latest estimate reported (by the time its payload was received); an older
-- report never replaces a newer one, so reports may arrive in any order. Keyed as the carrier names the shipment, not
-- by shipment id, so an estimate that arrives before the shipment is packed counts once it is; predictions join it to
-- shipments on both columns (their unique constraint serves the join). earliest is null when the carrier named only
-- the latest time.
create table carrier_estimates (
    carrier                  varchar(32)  not null,
    carrier_tracking_number  varchar(64)  not null,
    earliest                 timestamptz,
    latest                   timestamptz  not null,
    reported_at              timestamptz  not null,
    primary key (carrier, carrier_tracking_number)
);
