package io.waybill.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.telemetry.Geofence;
import io.waybill.domain.telemetry.GeofenceId;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.GeoPoint;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Geofences} store does: fences of the tenant in scope, the same id free for every tenant. */
public abstract class GeofencesContract implements InDefaultTenant {

    protected abstract Geofences geofences();

    /** Another tenant, known to the store (a real store needs it to exist). */
    protected abstract TenantId anotherTenant();

    private static Geofence fence(GeofenceId id, String name, double radius) {
        return new Geofence(id, name, new GeoPoint(51.3127, 9.4797), radius, "DEKSF", "Kassel", "DE");
    }

    @Test
    void aFenceIsStoredReplacedAndRemoved() {
        GeofenceId id = new GeofenceId("hub-" + UUID.randomUUID());
        assertThat(geofences().save(fence(id, "Hub Kassel", 500))).isTrue();
        assertThat(geofences().save(fence(id, "Hub Kassel Nord", 800))).isFalse();

        assertThat(geofences().byId(id)).hasValue(fence(id, "Hub Kassel Nord", 800));
        assertThat(geofences().all()).contains(fence(id, "Hub Kassel Nord", 800));
        assertThat(geofences().delete(id)).isTrue();
        assertThat(geofences().delete(id)).isFalse();
        assertThat(geofences().byId(id)).isEmpty();
    }

    @Test
    void aTenantSeesOnlyItsOwnFencesAndMayUseAnIdAnotherUses() {
        GeofenceId id = new GeofenceId("hub-" + UUID.randomUUID());
        geofences().save(fence(id, "Ours", 500));
        TenantId other = anotherTenant();
        TenantScope.run(other, () -> {
            assertThat(geofences().byId(id)).isEmpty();
            assertThat(geofences().all()).noneMatch(f -> f.id().equals(id));
            assertThat(geofences().delete(id)).isFalse();
            assertThat(geofences().save(fence(id, "Theirs", 300))).isTrue();
        });
        assertThat(geofences().byId(id).orElseThrow().name()).isEqualTo("Ours");
        assertThat(TenantScope.of(other, () -> geofences().byId(id)).orElseThrow().name()).isEqualTo("Theirs");
    }
}
