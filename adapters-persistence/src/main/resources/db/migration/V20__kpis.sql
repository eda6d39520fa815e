-- KPIs (issue #13.3): a fact row per order and per shipment, recomputed when its order changes, and daily rollups of
-- those facts that a dashboard adds up. Definitions: docs/kpis.md.
--
-- kpi_pending: the orders whose facts are to be recomputed. Every save of an order writes its row in orders (status,
-- version), so a trigger there sees every new event; the refresh job takes the ids. Facts exist only for closed
-- shipments, and an order with a closed shipment has one of the statuses below (the domain puts exceptions first,
-- then DELIVERED / PARTIALLY_DELIVERED), before or after the change: an order still on its way is not queued, so
-- ingestion pays for the queue only when a delivery, return or loss is in play.
create table kpi_pending (
    order_id   uuid         primary key,
    tenant_id  varchar(40)  not null
);

create function waybill_kpi_pending() returns trigger language plpgsql as $$
begin
    insert into kpi_pending (order_id, tenant_id) values (new.id, new.tenant_id) on conflict do nothing;
    return null;
end
$$;
create trigger orders_kpi_pending_insert after insert on orders
    for each row when (new.status in ('DELIVERED', 'PARTIALLY_DELIVERED', 'RETURNED_TO_SENDER', 'LOST', 'HELD',
                                      'DELIVERY_ATTEMPT_FAILED', 'AVAILABLE_FOR_PICKUP'))
    execute function waybill_kpi_pending();
create trigger orders_kpi_pending_update after update on orders
    for each row when (new.status in ('DELIVERED', 'PARTIALLY_DELIVERED', 'RETURNED_TO_SENDER', 'LOST', 'HELD',
                                      'DELIVERY_ATTEMPT_FAILED', 'AVAILABLE_FOR_PICKUP')
                       or old.status in ('DELIVERED', 'PARTIALLY_DELIVERED', 'RETURNED_TO_SENDER', 'LOST', 'HELD',
                                         'DELIVERY_ATTEMPT_FAILED', 'AVAILABLE_FOR_PICKUP'))
    execute function waybill_kpi_pending();

-- One row per order (kind 'order') and per shipment (kind 'shipment'), the figures of docs/kpis.md. closed_at is when
-- its outcome (DELIVERED, RETURNED_TO_SENDER, LOST) happened; open ones have none and count in no period yet.
create table kpi_facts (
    kind             varchar(8)   not null check (kind in ('order', 'shipment')),
    id               uuid         not null,
    order_id         uuid         not null,
    tenant_id        varchar(40)  not null,
    carrier          varchar(32)  not null,
    service          varchar(32)  not null,
    lane             varchar(5)   not null,
    placed_at        timestamptz  not null,
    handed_over_at   timestamptz,
    closed_at        timestamptz,
    outcome          varchar(24),
    with_promise     boolean      not null,
    on_time          boolean      not null,
    first_attempt    boolean      not null,
    exception        boolean      not null,
    accurate         boolean      not null,
    primary key (kind, id)
);
create index kpi_facts_order on kpi_facts (order_id);
create index kpi_facts_tenant_closed on kpi_facts (tenant_id, closed_at) where closed_at is not null;

-- The sums of one day (in the zone of waybill.kpis.zone) for one kind, carrier, service and lane; lane '*' holds the
-- sums over all lanes, so a query without a lane reads few rows. Durations are histograms of whole hours
-- (io.waybill.domain.kpi.Hours, encoded): order-to-delivery, fulfilment (placed to hand-over) and transit (hand-over
-- to delivery), of the delivered ones.
create table kpi_daily (
    tenant_id      varchar(40)  not null,
    day            date         not null,
    kind           varchar(8)   not null,
    carrier        varchar(32)  not null,
    service        varchar(32)  not null,
    lane           varchar(5)   not null,
    closed         integer      not null,
    delivered      integer      not null,
    returned       integer      not null,
    lost           integer      not null,
    with_promise   integer      not null,
    on_time        integer      not null,
    first_attempt  integer      not null,
    exceptions     integer      not null,
    accurate       integer      not null,
    total_hours    bytea        not null,
    fulfil_hours   bytea        not null,
    transit_hours  bytea        not null,
    primary key (tenant_id, day, kind, carrier, service, lane)
);

-- the days whose sums are to be recomputed (a fact entered or left them)
create table kpi_dirty_days (
    tenant_id  varchar(40)  not null,
    day        date         not null,
    primary key (tenant_id, day)
);

-- the zone the days were cut in, and when the rollups were last brought up to date
create table kpi_state (
    id            smallint     primary key check (id = 1),
    zone          varchar(64)  not null,
    refreshed_at  timestamptz
);

alter table kpi_pending enable row level security;
create policy tenant_wall on kpi_pending using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));
alter table kpi_facts enable row level security;
create policy tenant_wall on kpi_facts using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));
alter table kpi_dirty_days enable row level security;
create policy tenant_wall on kpi_dirty_days using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));
alter table kpi_daily enable row level security;
create policy tenant_wall on kpi_daily using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));

-- what is already stored is rolled up by the first refresh
insert into kpi_pending (order_id, tenant_id) select id, tenant_id from orders
    where status in ('DELIVERED', 'PARTIALLY_DELIVERED', 'RETURNED_TO_SENDER', 'LOST', 'HELD', 'DELIVERY_ATTEMPT_FAILED',
                     'AVAILABLE_FOR_PICKUP');
