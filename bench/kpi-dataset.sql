-- A KPI benchmark's data set (docs/benchmarks.md, "KPIs over a million orders"): :orders orders of tenant 'default'
-- placed over 2026, one shipment each, with their lines and 3-4 carrier events, written straight into the tables of a
-- running Waybill (its embedded PostgreSQL). The trigger on orders queues every order for the KPI refresh, as an
-- order saved by the API would be; the live-page announcements are switched off while loading.
--   psql -h localhost -p 5433 -U postgres -v orders=1000000 -f bench/kpi-dataset.sql waybill
\set ON_ERROR_STOP on
\if :{?orders}
\else
\set orders 1000000
\endif
set waybill.scope = 'platform';
alter table orders disable trigger orders_announce_change;
begin;
create temporary table g on commit drop as
select i,
       md5('kpi-order-' || i)::uuid as order_id,
       md5('kpi-shipment-' || i)::uuid as shipment_id,
       timestamptz '2026-01-01 00:00:00+00' + (i::double precision / :orders) * interval '330 days'
           + (hashint4(i) % 3600) * interval '1 second' as placed_at,
       (array['DE', 'FR', 'AT', 'NL', 'PL', 'IT'])[1 + abs(hashint4(i * 7)) % 6] as dest,
       (array['DE', 'PL', 'CZ'])[1 + abs(hashint4(i * 11)) % 3] as origin,
       (array['dhl', 'ups', 'gls', 'dpd'])[1 + abs(hashint4(i * 13)) % 4] as carrier,
       (array['standard', 'express'])[1 + abs(hashint4(i * 17)) % 2] as service,
       abs(hashint4(i * 19)) % 100 as fate,
       4 + abs(hashint4(i * 23)) % 44 as handover_h,
       12 + abs(hashint4(i * 29)) % 108 as transit_h,
       48 + abs(hashint4(i * 31)) % 96 as promise_h
from generate_series(1, :orders) as i;

insert into orders (id, order_number, status, customer_name, address_line1, city, country_code, promised_latest,
                    placed_at, updated_at, version, tenant_id)
select order_id, 'KPI-' || i,
       case when fate < 88 then 'DELIVERED' when fate < 91 then 'RETURNED_TO_SENDER' when fate < 92 then 'LOST'
            else 'IN_TRANSIT' end,
       'Bench Customer', '1 Bench Street', 'Benchtown', dest, placed_at + promise_h * interval '1 hour', placed_at,
       placed_at, 0, 'default'
from g;
insert into order_lines (order_id, line_no, sku, quantity) select order_id, 1, 'SKU-BENCH', 1 from g;
insert into shipments (id, order_id, carrier, carrier_tracking_number, status, delivered_at, service, tenant_id)
select shipment_id, order_id, carrier, 'KPI' || i,
       case when fate < 88 then 'DELIVERED' when fate < 91 then 'RETURNED_TO_SENDER' when fate < 92 then 'LOST'
            else 'IN_TRANSIT' end,
       case when fate < 88 then placed_at + (handover_h + transit_h) * interval '1 hour' end, service, 'default'
from g;
insert into shipment_lines (shipment_id, line_no, sku, quantity) select shipment_id, 1, 'SKU-BENCH', 1 from g;
insert into tracking_events (id, order_id, shipment_id, source_type, source_name, source_event_id, milestone, occurred_at,
                             occurred_offset_seconds, received_at, country_code, tenant_id)
select 1000000000000 + i * 4 + k, order_id, shipment_id, 'CARRIER', carrier, 'kpi-' || i || '-' || k, milestone, at, 0, at,
       country, 'default'
from (
    select i, order_id, shipment_id, carrier, 0 as k, 'HANDED_OVER' as milestone,
           placed_at + handover_h * interval '1 hour' as at, origin as country from g
    union all
    select i, order_id, shipment_id, carrier, 1, 'IN_TRANSIT', placed_at + (handover_h + transit_h / 2) * interval '1 hour', dest
    from g
    union all
    select i, order_id, shipment_id, carrier, 2, 'DELIVERY_ATTEMPT_FAILED',
           placed_at + (handover_h + transit_h - 20) * interval '1 hour', dest from g where fate % 11 = 0 and fate < 88
    union all
    select i, order_id, shipment_id, carrier, 3,
           case when fate < 88 then 'DELIVERED' when fate < 91 then 'RETURNED_TO_SENDER' else 'LOST' end,
           placed_at + (handover_h + transit_h) * interval '1 hour', dest from g where fate < 92
) e;
commit;
alter table orders enable trigger orders_announce_change;
analyze;
select count(*) as orders_queued_for_kpis from kpi_pending;
