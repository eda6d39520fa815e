-- Delivery estimates and delay risk (issue: predictive delays and ETA).
-- transit_statistics: the learned remaining time per lane, stage and time slot (-1: any), as the state of two P²
-- estimators (P50, P90): five marker heights, positions and desired positions each. The model survives restarts.
create table transit_statistics (
    carrier        varchar(32)  not null,
    service        varchar(32)  not null,
    origin         varchar(128) not null,
    destination    varchar(128) not null,
    stage          varchar(32)  not null,
    slot           integer      not null,
    observations   bigint       not null,
    p50_heights    float8[]     not null,
    p50_positions  float8[]     not null,
    p50_desired    float8[]     not null,
    p90_heights    float8[]     not null,
    p90_positions  float8[]     not null,
    p90_desired    float8[]     not null,
    primary key (carrier, service, origin, destination, stage, slot)
);

-- the current prediction of each shipment
create table shipment_predictions (
    shipment_id              uuid          primary key references shipments (id),
    order_id                 uuid          not null,
    order_number             varchar(64)   not null,
    carrier                  varchar(32)   not null,
    carrier_tracking_number  varchar(64)   not null,
    status                   varchar(32)   not null,
    p50                      timestamptz,
    p90                      timestamptz,
    basis                    varchar(512),
    risk_level               varchar(16)   not null,
    risk_rank                smallint      not null,
    reasons                  text[]        not null,
    first_detected_at        timestamptz,
    lead_time_hours          bigint,
    promised_latest          timestamptz,
    as_of                    timestamptz   not null
);
create index shipment_predictions_at_risk on shipment_predictions (risk_rank, lead_time_hours) where risk_rank >= 2;

-- every change of a shipment's risk level
create table shipment_risk_history (
    shipment_id  uuid         not null references shipments (id),
    at           timestamptz  not null,
    risk_level   varchar(16)  not null,
    reasons      text[]       not null
);
create index shipment_risk_history_shipment on shipment_risk_history (shipment_id, at);
