package io.waybill.adapters.persistence.kpis;

/**
 * The SQL that recomputes the KPI facts of a set of orders from their rows and events (definitions: docs/kpis.md):
 * per shipment its hand-over (the first HANDED_OVER scan, else its first carrier scan) and origin, its outcome and when
 * it happened, exceptions, failed attempts before delivery and damage; per order the same over all its shipments,
 * closed when its status is DELIVERED, RETURNED_TO_SENDER or LOST and every shipment is closed, with the carrier of the
 * shipment that closed last, and whether it was shipped as ordered.
 */
final class KpiFacts {

    private KpiFacts() {
    }

    private static final String EXCEPTIONS = "'DELIVERY_ATTEMPT_FAILED', 'AVAILABLE_FOR_PICKUP', 'HELD', 'RETURNED_TO_SENDER', 'LOST'";
    private static final String FAILED_ATTEMPTS = "'DELIVERY_ATTEMPT_FAILED', 'AVAILABLE_FOR_PICKUP'";
    private static final String CARRIER_MILESTONES = "'HANDED_OVER', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', " + EXCEPTIONS + ", 'DELIVERED'";

    /** The facts of the orders in array ?1, recomputed; see docs/kpis.md for what each column means. */
    static final String RECOMPUTE = """
            with o as (
                select o.id, o.tenant_id, o.status, o.placed_at, o.promised_latest, o.country_code
                from orders o where o.id = any(?)
            ), ev as (
                select e.order_id, e.shipment_id, e.milestone, e.occurred_at, e.country_code,
                       coalesce(e.reason, '') || ' ' || coalesce(e.raw_text, '') as said
                from tracking_events e join o on o.id = e.order_id
                where e.retracted_at is null -- a step taken back never happened
            ), handed as (
                select distinct on (shipment_id) shipment_id, occurred_at as handed_over_at, country_code as origin
                from ev where shipment_id is not null and milestone in (%s)
                order by shipment_id, (milestone = 'HANDED_OVER') desc, occurred_at, country_code
            ), sev as (
                select shipment_id,
                       bool_or(milestone in (%s)) as exception,
                       min(occurred_at) filter (where milestone in (%s)) as first_failed,
                       max(occurred_at) filter (where milestone = 'RETURNED_TO_SENDER') as returned_at,
                       max(occurred_at) filter (where milestone = 'LOST') as lost_at,
                       bool_or(said ~* 'damag|beschädig') as damaged
                from ev where shipment_id is not null group by shipment_id
            ), s as (
                select s.id, s.order_id, o.tenant_id, s.carrier, s.service, o.placed_at, o.promised_latest,
                       coalesce(h.origin, 'ZZ') || '-' || o.country_code as lane, h.handed_over_at,
                       case s.status when 'DELIVERED' then 'DELIVERED' when 'RETURNED_TO_SENDER' then 'RETURNED_TO_SENDER'
                                     when 'LOST' then 'LOST' end as outcome,
                       case s.status when 'DELIVERED' then s.delivered_at when 'RETURNED_TO_SENDER' then x.returned_at
                                     when 'LOST' then x.lost_at end as closed_at,
                       coalesce(x.exception, false) as exception, coalesce(x.damaged, false) as damaged, x.first_failed,
                       s.delivered_at
                from shipments s join o on o.id = s.order_id
                left join handed h on h.shipment_id = s.id
                left join sev x on x.shipment_id = s.id
            ), sf as (
                select s.*, s.outcome = 'DELIVERED' and (s.first_failed is null or s.first_failed >= s.delivered_at) as first_attempt
                from s where s.closed_at is not null or s.outcome is null
            ), last_closed as (
                select distinct on (order_id) order_id, carrier, service, lane
                from sf where closed_at is not null order by order_id, closed_at desc, id
            ), og as (
                select order_id, bool_and(closed_at is not null) as all_closed, max(closed_at) as closed_at,
                       min(handed_over_at) as handed_over_at, bool_and(coalesce(first_attempt, false)) as first_attempt,
                       bool_or(exception) as exception, bool_or(damaged) as damaged
                from sf group by order_id
            ), shipped as (
                select s.order_id, l.sku, sum(l.quantity) as quantity
                from shipment_lines l join shipments s on s.id = l.shipment_id join o on o.id = s.order_id
                group by s.order_id, l.sku
            ), ordered as (
                select l.order_id, l.sku, sum(l.quantity) as quantity
                from order_lines l join o on o.id = l.order_id group by l.order_id, l.sku
            ), mismatch as (
                select coalesce(a.order_id, b.order_id) as order_id
                from ordered a full join shipped b on a.order_id = b.order_id and a.sku = b.sku
                where a.quantity is distinct from b.quantity
                group by 1
            ), ofacts as (
                select o.id, o.tenant_id, lc.carrier, lc.service, lc.lane, o.placed_at, o.promised_latest, og.handed_over_at,
                       case when o.status in ('DELIVERED', 'RETURNED_TO_SENDER', 'LOST') and og.all_closed then o.status end
                           as outcome,
                       og.closed_at, og.first_attempt, og.damaged,
                       og.exception or exists (select 1 from ev where ev.order_id = o.id and ev.milestone = 'ALLOCATION_FAILED')
                           as exception,
                       exists (select 1 from mismatch m where m.order_id = o.id) as mismatched
                from o join og on og.order_id = o.id join last_closed lc on lc.order_id = o.id
            )
            insert into kpi_facts (kind, id, order_id, tenant_id, carrier, service, lane, placed_at, handed_over_at, closed_at,
                                   outcome, with_promise, on_time, first_attempt, exception, accurate)
            select 'shipment', id, order_id, tenant_id, carrier, service, lane, placed_at, handed_over_at, closed_at, outcome,
                   promised_latest is not null, coalesce(outcome = 'DELIVERED' and closed_at <= promised_latest, false),
                   coalesce(first_attempt, false), exception, coalesce(outcome = 'DELIVERED' and not damaged, false)
            from sf where closed_at is not null
            union all
            select 'order', id, id, tenant_id, carrier, service, lane, placed_at, handed_over_at, closed_at, outcome,
                   promised_latest is not null, coalesce(outcome = 'DELIVERED' and closed_at <= promised_latest, false),
                   outcome = 'DELIVERED' and first_attempt, exception,
                   outcome = 'DELIVERED' and not damaged and not mismatched
            from ofacts where outcome is not null
            returning tenant_id, closed_at
            """.formatted(CARRIER_MILESTONES, EXCEPTIONS, FAILED_ATTEMPTS);

}
