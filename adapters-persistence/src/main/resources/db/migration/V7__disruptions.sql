-- Disruptions reported to Waybill (issue: predictive delays and ETA): hub outages, closed roads, storm warnings, by
-- operations or a feed. Known from reported_at; the predictions of shipments whose way they cross take them into account.
create table disruptions (
    id           uuid          primary key,
    region       varchar(83)   not null,
    what         varchar(200)  not null,
    from_at      timestamptz   not null,
    until_at     timestamptz   not null,
    reported_at  timestamptz   not null,
    reported_by  varchar(200)  not null,
    check (until_at > from_at)
);

create index disruptions_open on disruptions (until_at, reported_at);
