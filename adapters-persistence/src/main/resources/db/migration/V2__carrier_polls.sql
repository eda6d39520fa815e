-- The polling schedule of shipments whose carrier must be asked for news (carrier integration issue).
-- One row per shipment on the schedule. An instance claims due rows with FOR UPDATE SKIP LOCKED and
-- pushes due_at past its lease, so no other instance polls the shipment until it is rescheduled
-- (or the lease runs out because the claiming instance died).
create table carrier_polls (
    shipment_id              uuid         primary key references shipments (id),
    carrier                  varchar(32)  not null,
    carrier_tracking_number  varchar(64)  not null,
    due_at                   timestamptz  not null,
    claimed_until            timestamptz,
    last_news_at             timestamptz  not null,
    failures                 integer      not null default 0,
    polls                    bigint       not null default 0
);
create index carrier_polls_due on carrier_polls (carrier, due_at);
