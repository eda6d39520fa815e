-- Deliveries the model has still to learn (issue: predictive delays and ETA). A delivered shipment is queued here when
-- it is processed and learned by the periodic sweep once it has settled (late scans arrived), in delivery-time order,
-- so that replaying the same history in another arrival order teaches the model the same. A claim sets learned_at.
create table deliveries_to_learn (
    shipment_id   uuid         primary key,
    order_id      uuid         not null,
    delivered_at  timestamptz  not null,
    queued_at     timestamptz  not null,
    learned_at    timestamptz
);

create index deliveries_to_learn_pending on deliveries_to_learn (delivered_at) where learned_at is null;
