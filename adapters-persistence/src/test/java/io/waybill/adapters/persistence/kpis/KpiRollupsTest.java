package io.waybill.adapters.persistence.kpis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.service.KpiService;
import io.waybill.application.shared.Kpis;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The KPI sums on a real PostgreSQL equal an independent SQL count over the base tables (orders, shipments, lines,
 * events), for random journeys (delivered on time or late, failed attempts, holds with damage, returns, losses,
 * shipments without a hand-over scan, short-shipped orders), after late events and a second refresh, per filter, and
 * another tenant's orders never count.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class KpiRollupsTest {

    private static final String A = "kpi-a";
    private static final String B = "kpi-b";
    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final String[] CARRIERS = {"dhl", "ups", "gls"};
    private static final String[] SERVICES = {"standard", "express"};
    private static final String[] COUNTRIES = {"DE", "FR", "AT"};
    private static final String[] ORIGINS = {"DE", "PL", null};

    @Inject
    JdbcKpiRollups rollups;
    @Inject
    DataSource dataSource;

    private final Random random = new Random(20261203);
    private long eventId = 900_000_000L;

    @Test
    void theSumsEqualAnIndependentCountAfterLateEventsAndASecondRefresh() throws SQLException {
        List<UUID> delivered = new ArrayList<>();
        TenantScope.platform(() -> {
            try (Connection c = dataSource.getConnection()) {
                tenants(c);
                for (int i = 0; i < 400; i++) {
                    order(c, i % 10 == 9 ? B : A, delivered);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        KpiService kpis = new KpiService(rollups, ZoneId.of("UTC"), Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));
        kpis.refresh();
        compare(kpis);
        long firstAttempts = TenantScope.of(new TenantId(A), () -> kpis.report(new Kpis.Query(LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-11-30"), null, null, null))).shipments().firstAttempt().count();

        // late and out-of-order: a failed attempt before some deliveries, arriving now; the order is saved again
        TenantScope.platform(() -> {
            try (Connection c = dataSource.getConnection()) {
                for (UUID shipment : delivered.subList(0, 40)) {
                    lateFailedAttempt(c, shipment);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        kpis.refresh();
        compare(kpis);
        assertThat(TenantScope.of(new TenantId(A), () -> kpis.report(new Kpis.Query(LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-11-30"), null, null, null))).shipments().firstAttempt().count())
                .isLessThanOrEqualTo(firstAttempts - 30);
        kpis.refresh();
        compare(kpis);
    }

    private void compare(KpiService kpis) throws SQLException {
        LocalDate from = LocalDate.parse("2026-10-01");
        LocalDate to = LocalDate.parse("2026-11-30");
        List<Kpis.Query> queries = List.of(
                new Kpis.Query(from, to, null, null, null),
                Kpis.Query.of("2026-10-05", "2026-10-12", null, null, null, to),
                Kpis.Query.of("2026-10-01", "2026-11-30", "dhl", null, null, to),
                Kpis.Query.of("2026-10-01", "2026-11-30", "ups", "express", null, to),
                Kpis.Query.of("2026-10-01", "2026-11-30", null, null, "DE-FR", to),
                Kpis.Query.of("2026-10-01", "2026-11-30", "gls", null, "ZZ-AT", to));
        for (Kpis.Query q : queries) {
            Kpis.Report report = TenantScope.of(new TenantId(A), () -> kpis.report(q));
            assertThat(report.shipments()).as("shipments of %s", q).isEqualTo(expected(q, "shipment"));
            assertThat(report.orders()).as("orders of %s", q).isEqualTo(expected(q, "order"));
            assertThat(report.orders().closed()).as("orders of %s", q).isPositive();
        }
        Kpis.Query all = queries.getFirst();
        Kpis.Report report = TenantScope.of(new TenantId(A), () -> kpis.report(all));
        for (Kpis.CarrierLine line : report.carriers()) {
            assertThat(line.figures()).as("%s %s", line.carrier(), line.service())
                    .isEqualTo(expected(Kpis.Query.of("2026-10-01", "2026-11-30", line.carrier(), line.service(), null, to), "shipment"));
        }
        assertThat(report.days()).hasSize(61);
        // the random journeys reach every case the figures tell apart
        Kpis.Figures orders = report.orders();
        assertThat(orders.returned()).isPositive();
        assertThat(orders.lost()).isPositive();
        assertThat(orders.onTime().count()).isPositive().isLessThan(orders.onTime().of());
        assertThat(orders.onTime().of()).isLessThan(orders.delivered());
        assertThat(orders.firstAttempt().count()).isPositive().isLessThan(orders.delivered());
        assertThat(orders.accurate().count()).isPositive().isLessThan(orders.delivered());
        assertThat(orders.exceptions().count()).isPositive().isLessThan(orders.closed());
        assertThat(orders.transit().count()).isPositive();
        assertThat(orders.orderToDelivery().medianHours().getAsInt()).isBetween(24, 200);
        assertThat(report.carriers()).hasSize(6);
        for (Kpis.DayLine day : report.days().subList(3, 9)) {
            assertThat(day.figures()).as("%s", day.day())
                    .isEqualTo(expected(new Kpis.Query(day.day(), day.day(), null, null, null), "order"));
        }
        for (Kpis.LaneLine lane : TenantScope.of(new TenantId(A), () -> kpis.lanes(all))) {
            assertThat(lane.figures()).as(lane.lane())
                    .isEqualTo(expected(Kpis.Query.of("2026-10-01", "2026-11-30", null, null, lane.lane(), to), "shipment"));
        }
        Kpis.Report ofB = TenantScope.of(new TenantId(B), () -> kpis.report(all));
        assertThat(ofB.orders().closed()).isEqualTo(expected(all, "order", B).closed()).isPositive();
    }

    private Kpis.Figures expected(Kpis.Query q, String kind) throws SQLException {
        return expected(q, kind, A);
    }

    /** The figures counted straight from the base tables, written without the rollup's SQL. */
    private Kpis.Figures expected(Kpis.Query q, String kind, String tenant) throws SQLException {
        String perShipment = """
                select s.id as shipment_id, s.order_id, s.carrier, s.service, s.status, o.placed_at, o.promised_latest,
                    case when exists (select 1 from tracking_events e where e.shipment_id = s.id and e.milestone = 'HANDED_OVER')
                         then (select e.occurred_at from tracking_events e where e.shipment_id = s.id and e.milestone = 'HANDED_OVER' order by e.occurred_at limit 1)
                         else (select e.occurred_at from tracking_events e where e.shipment_id = s.id and e.milestone not in ('PACKED') order by e.occurred_at limit 1) end as handed,
                    coalesce(case when exists (select 1 from tracking_events e where e.shipment_id = s.id and e.milestone = 'HANDED_OVER')
                         then (select e.country_code from tracking_events e where e.shipment_id = s.id and e.milestone = 'HANDED_OVER' order by e.occurred_at limit 1)
                         else (select e.country_code from tracking_events e where e.shipment_id = s.id and e.milestone not in ('PACKED') order by e.occurred_at limit 1) end, 'ZZ')
                        || '-' || o.country_code as lane,
                    case s.status when 'DELIVERED' then s.delivered_at
                        else (select max(e.occurred_at) from tracking_events e where e.shipment_id = s.id and e.milestone = s.status) end as closed,
                    exists (select 1 from tracking_events e where e.shipment_id = s.id
                            and e.milestone in ('DELIVERY_ATTEMPT_FAILED', 'AVAILABLE_FOR_PICKUP', 'HELD', 'RETURNED_TO_SENDER', 'LOST')) as exception,
                    not exists (select 1 from tracking_events e where e.shipment_id = s.id
                            and e.milestone in ('DELIVERY_ATTEMPT_FAILED', 'AVAILABLE_FOR_PICKUP') and e.occurred_at < s.delivered_at) as first_attempt,
                    exists (select 1 from tracking_events e where e.shipment_id = s.id
                            and (lower(coalesce(e.reason, '')) like '%damag%' or lower(coalesce(e.raw_text, '')) like '%damag%')) as damaged
                from shipments s join orders o on o.id = s.order_id where o.tenant_id = ?
                """;
        String rows;
        if (kind.equals("shipment")) {
            rows = "select *, status as outcome, status = 'DELIVERED' and not damaged as accurate from (" + perShipment
                    + ") x where status in ('DELIVERED', 'RETURNED_TO_SENDER', 'LOST')";
        } else {
            rows = """
                    select o.id, o.placed_at, o.promised_latest, o.status as outcome,
                        (select max(x.closed) from ps x where x.order_id = o.id) as closed,
                        (select min(x.handed) from ps x where x.order_id = o.id) as handed,
                        (select x.carrier from ps x where x.order_id = o.id order by x.closed desc, x.shipment_id limit 1) as carrier,
                        (select x.service from ps x where x.order_id = o.id order by x.closed desc, x.shipment_id limit 1) as service,
                        (select x.lane from ps x where x.order_id = o.id order by x.closed desc, x.shipment_id limit 1) as lane,
                        exists (select 1 from ps x where x.order_id = o.id and x.exception)
                            or exists (select 1 from tracking_events e where e.order_id = o.id and e.milestone = 'ALLOCATION_FAILED') as exception,
                        o.status = 'DELIVERED' and not exists (select 1 from ps x where x.order_id = o.id and not x.first_attempt) as first_attempt,
                        o.status = 'DELIVERED' and not exists (select 1 from ps x where x.order_id = o.id and x.damaged)
                            and not exists (select 1 from order_lines l where l.order_id = o.id and l.quantity <>
                                coalesce((select sum(sl.quantity) from shipment_lines sl join shipments s on s.id = sl.shipment_id
                                          where s.order_id = o.id and sl.sku = l.sku), 0))
                            and not exists (select 1 from shipment_lines sl join shipments s on s.id = sl.shipment_id
                                            where s.order_id = o.id and sl.sku not in (select l.sku from order_lines l where l.order_id = o.id))
                            as accurate
                    from orders o where o.tenant_id = ? and o.status in ('DELIVERED', 'RETURNED_TO_SENDER', 'LOST')
                        and exists (select 1 from ps x where x.order_id = o.id)
                        and not exists (select 1 from ps x where x.order_id = o.id and x.status not in ('DELIVERED', 'RETURNED_TO_SENDER', 'LOST'))
                    """;
            rows = "with ps as (" + perShipment + ") select * from (" + rows + ") y";
        }
        String hours = "least(1440, greatest(0, round(extract(epoch from (%s)) / 3600)))";
        String sql = "select count(*), count(*) filter (where outcome = 'DELIVERED'), count(*) filter (where outcome = 'RETURNED_TO_SENDER'),"
                + " count(*) filter (where outcome = 'LOST'),"
                + " count(*) filter (where outcome = 'DELIVERED' and promised_latest is not null and closed <= promised_latest),"
                + " count(*) filter (where outcome = 'DELIVERED' and promised_latest is not null),"
                + " count(*) filter (where outcome = 'DELIVERED' and first_attempt),"
                + " count(*) filter (where exception),"
                + " count(*) filter (where outcome = 'DELIVERED' and accurate),"
                + " percentile_disc(0.5) within group (order by " + hours.formatted("closed - placed_at") + ") filter (where outcome = 'DELIVERED'),"
                + " percentile_disc(0.95) within group (order by " + hours.formatted("closed - placed_at") + ") filter (where outcome = 'DELIVERED'),"
                + " count(*) filter (where outcome = 'DELIVERED' and handed is not null),"
                + " percentile_disc(0.5) within group (order by " + hours.formatted("handed - placed_at") + ") filter (where outcome = 'DELIVERED' and handed is not null),"
                + " percentile_disc(0.95) within group (order by " + hours.formatted("handed - placed_at") + ") filter (where outcome = 'DELIVERED' and handed is not null),"
                + " percentile_disc(0.5) within group (order by " + hours.formatted("closed - handed") + ") filter (where outcome = 'DELIVERED' and handed is not null),"
                + " percentile_disc(0.95) within group (order by " + hours.formatted("closed - handed") + ") filter (where outcome = 'DELIVERED' and handed is not null)"
                + " from (" + rows + ") z where closed >= ? and closed < ?"
                + (q.carrier().isPresent() ? " and carrier = '" + q.carrier().get().value() + "'" : "")
                + (q.service().isPresent() ? " and service = '" + q.service().get().code() + "'" : "")
                + (q.lane().isPresent() ? " and lane = '" + q.lane().get() + "'" : "");
        return TenantScope.platform(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, tenant);
                int next = 2;
                if (kind.equals("order")) {
                    ps.setString(next++, tenant);
                }
                ps.setTimestamp(next++, Timestamp.from(q.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
                ps.setTimestamp(next, Timestamp.from(q.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long closed = rs.getLong(1), delivered = rs.getLong(2), returned = rs.getLong(3);
                    return new Kpis.Figures(closed, delivered, returned, rs.getLong(4),
                            new Kpis.Rate(rs.getLong(5), rs.getLong(6)), new Kpis.Rate(rs.getLong(7), delivered),
                            new Kpis.Rate(rs.getLong(8), closed), new Kpis.Rate(rs.getLong(9), delivered + returned),
                            durations(delivered, rs, 10), durations(rs.getLong(12), rs, 13), durations(rs.getLong(12), rs, 15));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Kpis.Durations durations(long count, ResultSet rs, int column) throws SQLException {
        return new Kpis.Durations(count, optional(rs, column), optional(rs, column + 1));
    }

    private static OptionalInt optional(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of((int) value);
    }

    private static void tenants(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into tenants (id, name) values (?, 'KPI A'), (?, 'KPI B') on conflict do nothing")) {
            ps.setString(1, A);
            ps.setString(2, B);
            ps.executeUpdate();
        }
    }

    /** A random order: one or two shipments, each on its own journey; its status as the domain would derive it. */
    private void order(Connection c, String tenant, List<UUID> delivered) throws SQLException {
        UUID order = UUID.randomUUID();
        Instant placed = START.plusSeconds(random.nextInt(40 * 86_400));
        Instant promised = random.nextInt(10) == 0 ? null : placed.plus(Duration.ofHours(48 + random.nextInt(96)));
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        int shipments = random.nextInt(4) == 0 ? 2 : 1;
        List<String> statuses = new ArrayList<>();
        Map<UUID, String[]> made = new LinkedHashMap<>();
        for (int s = 0; s < shipments; s++) {
            made.put(UUID.randomUUID(), new String[] {CARRIERS[random.nextInt(3)], SERVICES[random.nextInt(2)]});
        }
        boolean allocationFailed = random.nextInt(30) == 0;
        String[] planned = new String[shipments];
        for (int s = 0; s < shipments; s++) {
            int roll = random.nextInt(100);
            planned[s] = roll < 70 ? "DELIVERED" : roll < 76 ? "RETURNED_TO_SENDER" : roll < 81 ? "LOST" : "IN_TRANSIT";
            statuses.add(planned[s]);
        }
        // as the domain derives it (StatusDerivation): exceptions first, then delivered, partly delivered, on the way
        String status = statuses.contains("LOST") ? "LOST" : statuses.contains("RETURNED_TO_SENDER") ? "RETURNED_TO_SENDER"
                : statuses.stream().allMatch("DELIVERED"::equals) ? "DELIVERED"
                : statuses.contains("DELIVERED") ? "PARTIALLY_DELIVERED" : "IN_TRANSIT";
        try (PreparedStatement ps = c.prepareStatement("""
                insert into orders (id, order_number, status, customer_name, address_line1, city, country_code, promised_latest,
                                    placed_at, updated_at, version, tenant_id)
                values (?, ?, ?, 'Test Customer', '1 Test Street', 'Testville', ?, ?, ?, ?, 0, ?)""")) {
            ps.setObject(1, order);
            ps.setString(2, "KPI-" + order);
            ps.setString(3, status);
            ps.setString(4, country);
            ps.setTimestamp(5, promised == null ? null : Timestamp.from(promised));
            ps.setTimestamp(6, Timestamp.from(placed));
            ps.setTimestamp(7, Timestamp.from(placed));
            ps.setString(8, tenant);
            ps.executeUpdate();
        }
        int quantity = 1 + random.nextInt(3);
        boolean shortShipped = random.nextInt(20) == 0;
        try (PreparedStatement ps = c.prepareStatement("insert into order_lines (order_id, line_no, sku, quantity) values (?, 1, 'SKU-1', ?)")) {
            ps.setObject(1, order);
            ps.setInt(2, quantity * shipments + (shortShipped ? 1 : 0));
            ps.executeUpdate();
        }
        if (allocationFailed) {
            event(c, tenant, order, null, "ALLOCATION_FAILED", placed.plusSeconds(600), null, null);
        }
        int s = 0;
        for (Map.Entry<UUID, String[]> e : made.entrySet()) {
            UUID shipment = e.getKey();
            String outcome = planned[s++];
            Instant handed = placed.plus(Duration.ofMinutes(60 + random.nextInt(48 * 60)));
            Instant t = handed;
            String origin = ORIGINS[random.nextInt(ORIGINS.length)];
            boolean scanned = random.nextInt(10) != 0;
            if (scanned) {
                event(c, tenant, order, shipment, "HANDED_OVER", handed, origin, null);
            }
            t = t.plus(Duration.ofMinutes(30 + random.nextInt(24 * 60)));
            event(c, tenant, order, shipment, "IN_TRANSIT", t, scanned ? "DE" : origin, null);
            if (random.nextInt(8) == 0) {
                t = t.plus(Duration.ofHours(2 + random.nextInt(30)));
                event(c, tenant, order, shipment, "HELD", t, "DE", random.nextBoolean() ? "Parcel damaged in transit" : "Address query");
            }
            if (random.nextInt(7) == 0) {
                t = t.plus(Duration.ofHours(2 + random.nextInt(30)));
                event(c, tenant, order, shipment, random.nextBoolean() ? "DELIVERY_ATTEMPT_FAILED" : "AVAILABLE_FOR_PICKUP", t, "DE", null);
            }
            t = t.plus(Duration.ofMinutes(60 + random.nextInt(96 * 60)));
            Instant deliveredAt = outcome.equals("DELIVERED") ? t : null;
            if (!outcome.equals("IN_TRANSIT")) {
                event(c, tenant, order, shipment, outcome, t, "DE", null);
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into shipments (id, order_id, carrier, carrier_tracking_number, status, delivered_at, service, tenant_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setObject(1, shipment);
                ps.setObject(2, order);
                ps.setString(3, e.getValue()[0]);
                ps.setString(4, "N" + shipment);
                ps.setString(5, outcome);
                ps.setTimestamp(6, deliveredAt == null ? null : Timestamp.from(deliveredAt));
                ps.setString(7, e.getValue()[1]);
                ps.setString(8, tenant);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into shipment_lines (shipment_id, line_no, sku, quantity) values (?, 1, 'SKU-1', ?)")) {
                ps.setObject(1, shipment);
                ps.setInt(2, quantity);
                ps.executeUpdate();
            }
            if (deliveredAt != null && tenant.equals(A)) {
                delivered.add(shipment);
            }
        }
        // the order's save after its shipments: as the store does it, its row is written last
        try (PreparedStatement ps = c.prepareStatement("update orders set version = version + 1 where id = ?")) {
            ps.setObject(1, order);
            ps.executeUpdate();
        }
    }

    private void lateFailedAttempt(Connection c, UUID shipment) throws SQLException {
        UUID order;
        String tenant;
        Instant delivered;
        try (PreparedStatement ps = c.prepareStatement("select order_id, tenant_id, delivered_at from shipments where id = ?")) {
            ps.setObject(1, shipment);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                order = rs.getObject(1, UUID.class);
                tenant = rs.getString(2);
                delivered = rs.getTimestamp(3).toInstant();
            }
        }
        event(c, tenant, order, shipment, "DELIVERY_ATTEMPT_FAILED", delivered.minus(Duration.ofHours(20)), "DE", "Nobody home");
        try (PreparedStatement ps = c.prepareStatement("update orders set version = version + 1 where id = ?")) {
            ps.setObject(1, order);
            ps.executeUpdate();
        }
    }

    private void event(Connection c, String tenant, UUID order, UUID shipment, String milestone, Instant at, String country,
            String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into tracking_events (id, order_id, shipment_id, source_type, source_name, source_event_id, milestone,
                                             reason, occurred_at, occurred_offset_seconds, received_at, country_code, tenant_id)
                values (?, ?, ?, 'CARRIER', 'test', ?, ?, ?, ?, 0, ?, ?, ?)""")) {
            long id = eventId++;
            ps.setLong(1, id);
            ps.setObject(2, order);
            ps.setObject(3, shipment);
            ps.setString(4, "kpi-" + id);
            ps.setString(5, milestone);
            ps.setString(6, reason);
            ps.setTimestamp(7, Timestamp.from(at));
            ps.setTimestamp(8, Timestamp.from(at));
            ps.setString(9, country);
            ps.setString(10, tenant);
            ps.executeUpdate();
        }
    }
}
