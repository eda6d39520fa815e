package io.waybill.adapters.persistence.orders;

import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.shared.OrderSearch;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.tracking.TrackingId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The back-office order search in JPQL: the filters that are set, newest first, one page, the total count, and the
 * carriers of the page's orders in one more query (not one per order).
 */
final class OrderSearchQuery {

    private OrderSearchQuery() {
    }

    static OrderSearch.Page run(EntityManager em, OrderSearch.Query query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = filters(query, where);
        TypedQuery<Long> count = em.createQuery("select count(o) from OrderEntity o" + where, Long.class);
        TypedQuery<Object[]> page = em.createQuery(
                "select o.id, o.orderNumber, o.trackingId, o.status, o.placedAt from OrderEntity o" + where
                        + " order by o.placedAt desc, o.id", Object[].class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<Object[]> rows = page.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
        Map<UUID, List<CarrierCode>> carriers = carriers(em, rows);
        List<OrderSearch.Summary> items = rows.stream().map(r -> new OrderSearch.Summary(new OrderId((UUID) r[0]), (String) r[1],
                r[2] == null ? null : new TrackingId((String) r[2]), OrderStatus.valueOf((String) r[3]), (Instant) r[4],
                carriers.getOrDefault((UUID) r[0], List.of()))).toList();
        return new OrderSearch.Page(items, query.page(), query.size(), count.getSingleResult());
    }

    /** The counts of orders per status, in one grouped query. */
    static Map<OrderStatus, Long> countByStatus(EntityManager em, Set<OrderStatus> statuses) {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        statuses.forEach(status -> counts.put(status, 0L));
        if (statuses.isEmpty()) {
            return counts;
        }
        String tenant = TenantRows.visible();
        TypedQuery<Object[]> q = em.createQuery("select o.status, count(o) from OrderEntity o where o.status in :statuses"
                + (tenant == null ? "" : " and o.tenantId = :tenant") + " group by o.status", Object[].class);
        q.setParameter("statuses", statuses.stream().map(OrderStatus::name).toList());
        if (tenant != null) {
            q.setParameter("tenant", tenant);
        }
        for (Object[] row : q.getResultList()) {
            counts.put(OrderStatus.valueOf((String) row[0]), (Long) row[1]);
        }
        return counts;
    }

    /** Appends the conditions of the filters that are set to {@code where}; returns their parameters. */
    private static Map<String, Object> filters(OrderSearch.Query query, StringBuilder where) {
        Map<String, Object> params = new LinkedHashMap<>();
        String tenant = TenantRows.visible();
        if (tenant != null) {
            where.append(" and o.tenantId = :tenant");
            params.put("tenant", tenant);
        }
        if (!query.statuses().isEmpty()) {
            where.append(" and o.status in :statuses");
            params.put("statuses", query.statuses().stream().map(OrderStatus::name).toList());
        }
        if (query.placedFrom() != null) {
            where.append(" and o.placedAt >= :from");
            params.put("from", query.placedFrom());
        }
        if (query.placedTo() != null) {
            where.append(" and o.placedAt < :to");
            params.put("to", query.placedTo());
        }
        if (query.carrier() != null) {
            where.append(" and exists (select 1 from ShipmentEntity s where s.orderId = o.id and s.carrier = :carrier)");
            params.put("carrier", query.carrier().value());
        }
        lookup(query.lookup(), where, params);
        return params;
    }

    /** The lookup's conditions: exact matches on indexed columns, the e-mail address ignoring case. */
    private static void lookup(OrderSearch.Lookup lookup, StringBuilder where, Map<String, Object> params) {
        if (lookup.orderNumber() != null) {
            where.append(" and o.orderNumber = :orderNumber");
            params.put("orderNumber", lookup.orderNumber());
        }
        if (lookup.trackingId() != null) {
            where.append(" and o.trackingId = :trackingId");
            params.put("trackingId", lookup.trackingId().value());
        }
        if (lookup.carrierTrackingNumber() != null) {
            where.append(" and exists (select 1 from ShipmentEntity s where s.orderId = o.id and s.carrierTrackingNumber = :ctn)");
            params.put("ctn", lookup.carrierTrackingNumber().value());
        }
        if (lookup.email() != null) {
            where.append(" and lower(o.customer.email) = :email");
            params.put("email", lookup.email());
        }
    }

    private static Map<UUID, List<CarrierCode>> carriers(EntityManager em, List<Object[]> rows) {
        Map<UUID, List<CarrierCode>> carriers = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("select distinct s.orderId, s.carrier from ShipmentEntity s where s.orderId in :ids", Object[].class)
                    .setParameter("ids", rows.stream().map(r -> (UUID) r[0]).toList()).getResultList()
                    .forEach(r -> carriers.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new CarrierCode((String) r[1])));
        }
        return carriers;
    }
}
