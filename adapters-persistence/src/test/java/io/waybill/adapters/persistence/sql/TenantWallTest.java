package io.waybill.adapters.persistence.sql;

import static io.waybill.application.fakes.OrderTestData.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.preferences.JdbcCustomerPreferences;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.adapters.persistence.webhooks.JdbcWebhookSubscriptions;
import io.waybill.application.shared.NotificationPreferences;
import io.waybill.application.shared.OrderSearch;
import io.waybill.application.shared.TenantScope;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.domain.order.Order;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both walls between tenants on a real PostgreSQL: the stores' own conditions (another tenant's order, subscription or
 * preference is as good as absent; order numbers are unique per tenant), and row-level security holding even a query
 * that names no tenant at all, refusing another tenant's writes and showing nothing outside any scope.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TenantWallTest {

    private static final TenantId ACME = new TenantId("acme-wall");
    private static final TenantId GLOBEX = new TenantId("globex-wall");

    @Inject
    JpaOrders orders;
    @Inject
    JdbcWebhookSubscriptions subscriptions;
    @Inject
    JdbcCustomerPreferences preferences;
    @Inject
    DataSource dataSource;
    @Inject
    TenantWall wall;

    @BeforeEach
    void tenants() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into tenants (id, name) values (?, ?), (?, ?) on conflict do nothing")) {
            ps.setString(1, ACME.value());
            ps.setString(2, "Acme");
            ps.setString(3, GLOBEX.value());
            ps.setString(4, "Globex");
            ps.executeUpdate();
        }
    }

    @Test
    void eachTenantSeesOnlyItsOwnOrdersAndTheSameOrderNumberMayBeUsedByBoth() {
        String number = "SO-" + UUID.randomUUID();
        Order acme = TenantScope.of(ACME, () -> save(anOrder().number(number).confirmed()));
        Order globex = TenantScope.of(GLOBEX, () -> save(anOrder().number(number).confirmed()));

        TenantScope.run(GLOBEX, () -> {
            assertThat(orders.byId(acme.getId())).isEmpty();
            assertThat(orders.byTrackingId(acme.trackingId().orElseThrow())).isEmpty();
            assertThat(orders.versionByTrackingId(acme.trackingId().orElseThrow())).isEmpty();
            assertThat(orders.byIds(List.of(acme.getId(), globex.getId()))).extracting(Order::getId).containsExactly(globex.getId());
            assertThat(orders.idsByOrderNumbers(List.of(number))).containsEntry(number, globex.getId()).hasSize(1);
            assertThat(orders.search(new OrderSearch.Query(Set.of(), null, null, null, 0, 100, OrderSearch.Lookup.NONE)).items()).extracting(OrderSearch.Summary::id)
                    .contains(globex.getId()).doesNotContain(acme.getId());
        });
        TenantScope.run(ACME, () -> assertThat(orders.idsByOrderNumbers(List.of(number))).containsEntry(number, acme.getId()));
        TenantScope.platform(() -> assertThat(orders.byIds(List.of(acme.getId(), globex.getId()))).hasSize(2));
        assertThat(TenantScope.of(ACME, () -> orders.byId(acme.getId())).orElseThrow().tenant()).isEqualTo(ACME);
    }

    @Test
    void theDatabaseHoldsEvenAQueryThatNamesNoTenant() throws SQLException {
        assertThat(wall.armed()).isTrue();
        String number = "SO-" + UUID.randomUUID();
        Order acme = TenantScope.of(ACME, () -> save(anOrder().number(number).confirmed()));
        Order globex = TenantScope.of(GLOBEX, () -> save(anOrder().number(number).confirmed()));

        String everyone = "select count(*) from orders where order_number = '" + number + "'";
        String timelines = "select count(*) from tracking_events where order_id in ('" + acme.getId().value() + "', '"
                + globex.getId().value() + "')";
        try (TenantScope.Entered ignored = TenantScope.enter(ACME)) {
            assertThat(count(everyone)).isEqualTo(1);
            assertThat(count(timelines)).isEqualTo(count("select count(*) from tracking_events where order_id = '"
                    + acme.getId().value() + "'")).isPositive();
            // another tenant's row cannot be changed, nor a row written in its name
            assertThat(update("update orders set status = 'CANCELLED' where id = '" + globex.getId().value() + "'")).isZero();
            assertThatThrownBy(() -> update("update orders set tenant_id = '" + GLOBEX.value() + "' where id = '"
                    + acme.getId().value() + "'")).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
        try (TenantScope.Entered ignored = TenantScope.enterPlatform()) {
            assertThat(count(everyone)).isEqualTo(2);
        }
        // outside any scope: nothing is visible and nothing may be written
        assertThat(count(everyone)).isZero();
        assertThat(count("select count(*) from shipments")).isZero();
        assertThat(update("update orders set status = status where order_number = '" + number + "'")).isZero();
        assertThat(TenantScope.of(GLOBEX, () -> orders.byId(globex.getId()))).isPresent();
    }

    @Test
    void subscriptionsAndCustomerChoicesAreEachTenantsOwn() {
        WebhookSubscription acmes = new WebhookSubscription(UUID.randomUUID(), "integrator", "https://acme.example.org/hook",
                "s3cret", Set.of("*"), true, null, 0, Instant.now());
        TenantScope.run(ACME, () -> subscriptions.create(acmes));
        TenantScope.run(GLOBEX, () -> {
            assertThat(subscriptions.byId(acmes.id())).isEmpty();
            assertThat(subscriptions.active()).extracting(WebhookSubscription::id).doesNotContain(acmes.id());
            assertThat(subscriptions.byOwner("integrator")).extracting(WebhookSubscription::id).doesNotContain(acmes.id());
            assertThat(subscriptions.delete(acmes.id(), "integrator")).isFalse();
        });
        assertThat(TenantScope.of(ACME, () -> subscriptions.byId(acmes.id()))).isPresent();

        String email = "ada-" + UUID.randomUUID() + "@example.org";
        TenantScope.run(ACME, () -> preferences.save(new NotificationPreferences(email, true, true, Locale.GERMAN, false, null, null, null)));
        TenantScope.run(GLOBEX, () -> preferences.save(new NotificationPreferences(email, false, false, Locale.ENGLISH, true, null, null, null)));
        assertThat(TenantScope.of(ACME, () -> preferences.of(email)).orElseThrow().optedOut()).isFalse();
        assertThat(TenantScope.of(GLOBEX, () -> preferences.of(email)).orElseThrow().optedOut()).isTrue();
    }

    private Order save(Order order) {
        orders.save(List.of(order));
        return order;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private int update(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            return ps.executeUpdate();
        }
    }
}
