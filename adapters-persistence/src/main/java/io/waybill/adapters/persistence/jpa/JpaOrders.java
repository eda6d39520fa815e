package io.waybill.adapters.persistence.jpa;

import io.waybill.application.shared.OrderSearch;
import io.waybill.application.shared.OrderNumberTakenException;
import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.Shipments;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.TimelineEntry;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Orders in PostgreSQL. An order is loaded with a fixed number of queries whatever its size (orders,
 * events, shipments, batch-fetched collections); saving inserts new rows in JDBC batches and updates
 * each changed order under optimistic locking ({@code version}). The unique key on (source, source
 * event id) makes a repeated event impossible to store twice, even between two Waybill instances.
 */
@ApplicationScoped
public class JpaOrders implements Orders, Shipments {

    private final EntityManager em;
    private final PersistenceMapper mapper;
    private final DataSource dataSource;

    JpaOrders(EntityManager em, PersistenceMapper mapper, DataSource dataSource) {
        this.em = em;
        this.mapper = mapper;
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Order> byId(OrderId id) {
        return load(List.of(id.value())).stream().findFirst();
    }

    @Override
    public OptionalLong versionByTrackingId(TrackingId trackingId) {
        return read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select version from orders where tracking_id = ?")) {
                ps.setString(1, trackingId.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    @Override
    public Optional<Order> byTrackingId(TrackingId trackingId) {
        return assemble(read(connection -> OrderRows.byTrackingId(connection, trackingId.value()))).stream().findFirst();
    }

    @Override
    public Optional<Order> byShipment(ShipmentId shipment) {
        Optional<UUID> order = read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select order_id from shipments where id = ?")) {
                ps.setObject(1, shipment.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.<UUID>empty();
                }
            }
        });
        return order.flatMap(id -> load(List.of(id)).stream().findFirst());
    }

    @Override
    public List<Order> byIds(Collection<OrderId> ids) {
        return load(ids.stream().map(OrderId::value).toList());
    }

    @Override
    @Transactional
    public Map<String, OrderId> idsByOrderNumbers(Collection<String> orderNumbers) {
        Map<String, OrderId> found = new HashMap<>();
        em.createQuery("select o.orderNumber, o.id from OrderEntity o where o.orderNumber in :n", Object[].class)
                .setParameter("n", orderNumbers).getResultList()
                .forEach(row -> found.put((String) row[0], new OrderId((UUID) row[1])));
        return found;
    }

    @Override
    @Transactional
    public Map<TrackingId, OrderId> idsByTrackingIds(Collection<TrackingId> trackingIds) {
        Map<TrackingId, OrderId> found = new HashMap<>();
        em.createQuery("select o.trackingId, o.id from OrderEntity o where o.trackingId in :t", Object[].class)
                .setParameter("t", trackingIds.stream().map(TrackingId::value).toList()).getResultList()
                .forEach(row -> found.put(new TrackingId((String) row[0]), new OrderId((UUID) row[1])));
        return found;
    }

    @Override
    @Transactional
    public Map<EventKey, OrderId> ordersHolding(Collection<EventKey> keys) {
        List<EventKey> list = List.copyOf(keys);
        return jdbc(connection -> {
            Map<EventKey, OrderId> found = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("""
                    select e.source_type, e.source_name, e.source_event_id, e.order_id from tracking_events e
                    join unnest(?::text[], ?::text[], ?::text[]) as k(t, n, i)
                      on e.source_type = k.t and e.source_name = k.n and e.source_event_id = k.i""")) {
                ps.setArray(1, textArray(connection, list.stream().map(k -> k.source().type().name()).toList()));
                ps.setArray(2, textArray(connection, list.stream().map(k -> k.source().name()).toList()));
                ps.setArray(3, textArray(connection, list.stream().map(EventKey::sourceEventId).toList()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(new EventKey(new EventSource(SourceType.valueOf(rs.getString(1)), rs.getString(2)), rs.getString(3)),
                                new OrderId(rs.getObject(4, UUID.class)));
                    }
                }
            }
            return found;
        });
    }

    @Override
    @Transactional
    public Map<CarrierReference, Located> locate(Collection<CarrierReference> references) {
        List<CarrierReference> list = List.copyOf(references);
        return jdbc(connection -> {
            Map<CarrierReference, Located> found = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("""
                    select s.carrier, s.carrier_tracking_number, s.order_id, s.id from shipments s
                    join unnest(?::text[], ?::text[]) as k(c, n) on s.carrier = k.c and s.carrier_tracking_number = k.n""")) {
                ps.setArray(1, textArray(connection, list.stream().map(r -> r.carrier().value()).toList()));
                ps.setArray(2, textArray(connection, list.stream().map(r -> r.trackingNumber().value()).toList()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(new CarrierReference(new CarrierCode(rs.getString(1)), new CarrierTrackingNumber(rs.getString(2))),
                                new Located(new OrderId(rs.getObject(3, UUID.class)), new ShipmentId(rs.getObject(4, UUID.class))));
                    }
                }
            }
            return found;
        });
    }

    @Override
    @Transactional
    public Map<CarrierTrackingNumber, List<Located>> locateByNumber(Collection<CarrierTrackingNumber> numbers) {
        Map<CarrierTrackingNumber, List<Located>> found = new HashMap<>();
        em.createQuery("select s.carrierTrackingNumber, s.orderId, s.id from ShipmentEntity s where s.carrierTrackingNumber in :n",
                Object[].class).setParameter("n", numbers.stream().map(CarrierTrackingNumber::value).toList()).getResultList()
                .forEach(row -> found.computeIfAbsent(new CarrierTrackingNumber((String) row[0]), n -> new ArrayList<>())
                        .add(new Located(new OrderId((UUID) row[1]), new ShipmentId((UUID) row[2]))));
        return found;
    }

    @Override
    @Transactional
    public void save(Collection<Order> orders) {
        Instant now = Instant.now();
        List<Order> created = new ArrayList<>();
        List<Order> updated = new ArrayList<>();
        for (Order order : orders) {
            boolean isNew = order.unsavedEntries().stream().anyMatch(e -> e.event().milestone() == Milestone.PLACED);
            (isNew ? created : updated).add(order);
        }
        try {
            for (Order order : created) {
                em.persist(newOrderEntity(order, now));
            }
            em.flush();
            Set<UUID> newShipments = new HashSet<>();
            for (Order order : orders) {
                for (TimelineEntry entry : order.unsavedEntries()) {
                    if (entry.manifest() != null) {
                        Shipment shipment = order.shipment(entry.shipment()).orElseThrow();
                        em.persist(newShipmentEntity(order.getId(), shipment));
                        newShipments.add(shipment.getId().value());
                    }
                }
            }
            em.flush();
            for (Order order : orders) {
                for (TimelineEntry entry : order.unsavedEntries()) {
                    TrackingEventEntity event = mapper.toEntity(entry.event());
                    event.orderId = order.getId().value();
                    event.shipmentId = entry.shipment() == null ? null : entry.shipment().value();
                    em.persist(event);
                }
            }
            em.flush();
            jdbc(connection -> {
                updateOrders(connection, updated, now);
                updateShipments(connection, orders, newShipments);
                OutboxRows.write(connection, orders, now);
                return null;
            });
        } catch (PersistenceException e) {
            throw translate(e, created);
        }
    }

    private void updateOrders(Connection connection, List<Order> orders, Instant now) throws SQLException {
        if (orders.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                update orders set status = ?, status_reason = ?, tracking_id = ?, updated_at = ?, version = version + 1
                where id = ? and version = ?""")) {
            for (Order order : orders) {
                ps.setString(1, order.status().name());
                ps.setString(2, order.statusReason());
                ps.setString(3, order.trackingId().map(TrackingId::value).orElse(null));
                ps.setTimestamp(4, Timestamp.from(now));
                ps.setObject(5, order.getId().value());
                ps.setLong(6, order.version());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new ConcurrentUpdateException("order " + orders.get(i).getId() + " was changed by another writer");
                }
            }
        }
    }

    private void updateShipments(Connection connection, Collection<Order> orders, Set<UUID> alreadyWritten) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "update shipments set status = ?, status_reason = ?, delivered_at = ? where id = ?")) {
            int batched = 0;
            for (Order order : orders) {
                Set<ShipmentId> touched = new HashSet<>();
                order.unsavedEntries().stream().filter(e -> e.shipment() != null).forEach(e -> touched.add(e.shipment()));
                for (ShipmentId id : touched) {
                    if (alreadyWritten.contains(id.value())) {
                        continue;
                    }
                    Shipment s = order.shipment(id).orElseThrow();
                    ps.setString(1, s.status().name());
                    ps.setString(2, s.statusReason());
                    if (s.deliveredAt() == null) {
                        ps.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        ps.setTimestamp(3, Timestamp.from(s.deliveredAt()));
                    }
                    ps.setObject(4, id.value());
                    ps.addBatch();
                    batched++;
                }
            }
            if (batched > 0) {
                ps.executeBatch();
            }
        }
    }

    private RuntimeException translate(PersistenceException e, List<Order> created) {
        String constraint = constraintName(e);
        if ("orders_order_number_unique".equals(constraint) && !created.isEmpty()) {
            String detail = String.valueOf(e.getMessage()) + " " + String.valueOf(e.getCause());
            String number = created.stream().map(Order::orderNumber).filter(n -> detail.contains("(" + n + ")"))
                    .findFirst().orElse(created.getFirst().orderNumber());
            return new OrderNumberTakenException(number, null);
        }
        if (constraint != null) {
            return new ConcurrentUpdateException("another writer stored the same data first (" + constraint + ")");
        }
        return e;
    }

    private static String constraintName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve && cve.getConstraintName() != null) {
                return cve.getConstraintName();
            }
        }
        return null;
    }

    @Override
    @Transactional
    public OrderSearch.Page search(OrderSearch.Query query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
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
        TypedQuery<Long> count = em.createQuery("select count(o) from OrderEntity o" + where, Long.class);
        TypedQuery<Object[]> page = em.createQuery(
                "select o.id, o.orderNumber, o.trackingId, o.status, o.placedAt from OrderEntity o" + where
                        + " order by o.placedAt desc, o.id", Object[].class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<Object[]> rows = page.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
        Map<UUID, List<CarrierCode>> carriers = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("select distinct s.orderId, s.carrier from ShipmentEntity s where s.orderId in :ids", Object[].class)
                    .setParameter("ids", rows.stream().map(r -> (UUID) r[0]).toList()).getResultList()
                    .forEach(r -> carriers.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new CarrierCode((String) r[1])));
        }
        List<OrderSearch.Summary> items = rows.stream().map(r -> new OrderSearch.Summary(new OrderId((UUID) r[0]), (String) r[1],
                r[2] == null ? null : new TrackingId((String) r[2]), OrderStatus.valueOf((String) r[3]), (Instant) r[4],
                carriers.getOrDefault((UUID) r[0], List.of()))).toList();
        return new OrderSearch.Page(items, query.page(), query.size(), count.getSingleResult());
    }

    private List<Order> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return assemble(read(connection -> OrderRows.byIds(connection, ids)));
    }

    private List<Order> assemble(OrderRows.Loaded rows) {
        List<Order> result = new ArrayList<>(rows.orders().size());
        for (OrderEntity o : rows.orders()) {
            List<TimelineEntry> timeline = new ArrayList<>();
            for (TrackingEventEntity e : rows.events().getOrDefault(o.id, List.of())) {
                ShipmentId shipment = e.shipmentId == null ? null : new ShipmentId(e.shipmentId);
                boolean packed = Milestone.PACKED.name().equals(e.milestone);
                timeline.add(new TimelineEntry(mapper.toDomain(e), shipment,
                        packed ? mapper.toManifest(rows.shipments().get(e.shipmentId)) : null));
            }
            DeliveryPromise promise = o.promisedEarliest == null ? null : new DeliveryPromise(o.promisedEarliest, o.promisedLatest);
            result.add(Order.reconstitute(new OrderId(o.id), o.orderNumber, mapper.toDomain(o.customer), mapper.toDomain(o.address),
                    mapper.toLines(o.lines), promise, o.placedAt, o.trackingId == null ? null : new TrackingId(o.trackingId),
                    timeline, o.version));
        }
        return result;
    }

    private OrderEntity newOrderEntity(Order order, Instant now) {
        OrderEntity e = new OrderEntity();
        e.id = order.getId().value();
        e.orderNumber = order.orderNumber();
        e.trackingId = order.trackingId().map(TrackingId::value).orElse(null);
        e.status = order.status().name();
        e.statusReason = order.statusReason();
        e.customer = mapper.toEntity(order.customer());
        e.address = mapper.toEntity(order.address());
        e.lines = new ArrayList<>(mapper.toLineEntities(order.lines()));
        e.promisedEarliest = order.promise().map(DeliveryPromise::earliest).orElse(null);
        e.promisedLatest = order.promise().map(DeliveryPromise::latest).orElse(null);
        e.placedAt = order.placedAt();
        e.updatedAt = now;
        return e;
    }

    private ShipmentEntity newShipmentEntity(OrderId order, Shipment shipment) {
        ShipmentEntity e = new ShipmentEntity();
        e.id = shipment.getId().value();
        e.orderId = order.value();
        e.carrier = shipment.carrier().value();
        e.carrierTrackingNumber = shipment.carrierTrackingNumber().value();
        e.service = shipment.service().code();
        e.status = shipment.status().name();
        e.statusReason = shipment.statusReason();
        e.deliveredAt = shipment.deliveredAt();
        e.parcels = new ArrayList<>(mapper.toParcelEntities(shipment.manifest().parcels()));
        e.lines = new ArrayList<>(mapper.toLineEntities(shipment.manifest().lines()));
        return e;
    }

    private static Array textArray(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    @FunctionalInterface
    private interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Reads on a pooled connection of its own, outside any transaction: no JTA begin/commit round trips on
     * the hot read paths. A read that races a writer is caught when saving, by the version check.
     */
    private <T> T read(JdbcWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new PersistenceException("reading orders failed", e);
        }
    }

    private <T> T jdbc(JdbcWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}
