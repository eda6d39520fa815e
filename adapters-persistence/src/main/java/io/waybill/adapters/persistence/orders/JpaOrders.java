package io.waybill.adapters.persistence.orders;

import io.waybill.adapters.persistence.outbox.OutboxRows;
import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.Shipments;
import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.shared.OrderNumberTakenException;
import io.waybill.application.shared.OrderSearch;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
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
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.postgresql.util.PSQLException;

/**
 * Orders in PostgreSQL. An order is loaded with a fixed number of queries whatever its size (orders,
 * events, shipments, batch-fetched collections); saving inserts new rows in JDBC batches and updates
 * each changed order under optimistic locking ({@code version}). The unique key on (source, source
 * event id) makes a repeated event impossible to store twice, even between two Waybill instances.
 */
@ApplicationScoped
public class JpaOrders implements Orders, Shipments {

    private final EntityManager em;
    private final OrderEntities entities;
    private final DataSource dataSource;

    JpaOrders(EntityManager em, PersistenceMapper mapper, DataSource dataSource) {
        this.em = em;
        this.entities = new OrderEntities(mapper);
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Order> byId(OrderId id) {
        return load(List.of(id.value())).stream().findFirst();
    }

    @Override
    public OptionalLong versionByTrackingId(TrackingId trackingId) {
        return read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select version from orders where tracking_id = ?"
                    + TenantRows.and("tenant_id"))) {
                ps.setString(1, trackingId.value());
                TenantRows.bind(ps, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    @Override
    public Optional<Order> byTrackingId(TrackingId trackingId) {
        return visible(entities.assemble(read(connection -> OrderRows.byTrackingId(connection, trackingId.value())))).stream().findFirst();
    }

    @Override
    public Optional<Order> byShipment(ShipmentId shipment) {
        Optional<UUID> order = read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select order_id from shipments where id = ?"
                    + TenantRows.and("tenant_id"))) {
                ps.setObject(1, shipment.value());
                TenantRows.bind(ps, 2);
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
        em.createQuery("select o.orderNumber, o.id from OrderEntity o where o.orderNumber in :n and o.tenantId = :t", Object[].class)
                .setParameter("n", orderNumbers).setParameter("t", TenantRows.owner()).getResultList()
                .forEach(row -> found.put((String) row[0], new OrderId((UUID) row[1])));
        return found;
    }

    @Override
    @Transactional
    public Map<TrackingId, OrderId> idsByTrackingIds(Collection<TrackingId> trackingIds) {
        Map<TrackingId, OrderId> found = new HashMap<>();
        String tenant = TenantRows.visible();
        var query = em.createQuery("select o.trackingId, o.id from OrderEntity o where o.trackingId in :t"
                + (tenant == null ? "" : " and o.tenantId = :tenant"), Object[].class)
                .setParameter("t", trackingIds.stream().map(TrackingId::value).toList());
        if (tenant != null) {
            query.setParameter("tenant", tenant);
        }
        query.getResultList().forEach(row -> found.put(new TrackingId((String) row[0]), new OrderId((UUID) row[1])));
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
                      on e.source_type = k.t and e.source_name = k.n and e.source_event_id = k.i""" + TenantRows.and("e.tenant_id"))) {
                ps.setArray(1, textArray(connection, list.stream().map(k -> k.source().type().name()).toList()));
                ps.setArray(2, textArray(connection, list.stream().map(k -> k.source().name()).toList()));
                ps.setArray(3, textArray(connection, list.stream().map(EventKey::sourceEventId).toList()));
                TenantRows.bind(ps, 4);
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
                    join unnest(?::text[], ?::text[]) as k(c, n) on s.carrier = k.c and s.carrier_tracking_number = k.n"""
                    + TenantRows.and("s.tenant_id"))) {
                ps.setArray(1, textArray(connection, list.stream().map(r -> r.carrier().value()).toList()));
                ps.setArray(2, textArray(connection, list.stream().map(r -> r.trackingNumber().value()).toList()));
                TenantRows.bind(ps, 3);
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
        String tenant = TenantRows.visible();
        var query = em.createQuery("select s.carrierTrackingNumber, s.orderId, s.id from ShipmentEntity s where s.carrierTrackingNumber in :n"
                + (tenant == null ? "" : " and s.tenantId = :tenant"), Object[].class)
                .setParameter("n", numbers.stream().map(CarrierTrackingNumber::value).toList());
        if (tenant != null) {
            query.setParameter("tenant", tenant);
        }
        query.getResultList().forEach(row -> found.computeIfAbsent(new CarrierTrackingNumber((String) row[0]), n -> new ArrayList<>())
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
                em.persist(entities.newOrder(order, now));
            }
            em.flush();
            Set<UUID> newShipments = new HashSet<>();
            for (Order order : orders) {
                for (TimelineEntry entry : order.unsavedEntries()) {
                    if (entry.manifest() != null) {
                        Shipment shipment = order.shipment(entry.shipment()).orElseThrow();
                        em.persist(entities.newShipment(order, shipment));
                        newShipments.add(shipment.getId().value());
                    }
                }
            }
            em.flush();
            for (Order order : orders) {
                for (TimelineEntry entry : order.unsavedEntries()) {
                    em.persist(entities.newEvent(order, entry));
                }
            }
            em.flush();
            jdbc(connection -> {
                OrderUpdates.orders(connection, updated, now);
                OrderUpdates.retractions(connection, orders);
                OrderUpdates.shipments(connection, orders, newShipments);
                OutboxRows.write(connection, orders, now);
                return null;
            });
        } catch (PersistenceException e) {
            throw SaveFailures.translate(e, created);
        }
    }

    @Override
    @Transactional
    public OrderSearch.Page search(OrderSearch.Query query) {
        return OrderSearchQuery.run(em, query);
    }

    @Override
    @Transactional
    public Map<OrderStatus, Long> countByStatus(Set<OrderStatus> statuses) {
        return OrderSearchQuery.countByStatus(em, statuses);
    }

    private List<Order> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return visible(entities.assemble(read(connection -> OrderRows.byIds(connection, ids))));
    }

    /** The first wall on loads by a global id: another tenant's order is as good as absent. */
    private static List<Order> visible(List<Order> loaded) {
        return loaded.stream().filter(o -> TenantScope.sees(o.tenant())).toList();
    }

    private static Array textArray(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    /**
     * Reads on a pooled connection of its own, outside any transaction: no JTA begin/commit round trips on
     * the hot read paths. A read that races a writer is caught when saving, by the version check. Failures are a
     * {@link PersistenceException}, like every other failure of this store (not {@link SqlWork#on}'s exception).
     */
    private <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new PersistenceException("reading orders failed", e);
        }
    }

    private <T> T jdbc(SqlWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}
