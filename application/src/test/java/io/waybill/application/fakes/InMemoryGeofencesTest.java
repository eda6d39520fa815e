package io.waybill.application.fakes;

import io.waybill.application.port.out.Geofences;
import io.waybill.application.port.out.GeofencesContract;
import io.waybill.domain.tenant.TenantId;

class InMemoryGeofencesTest extends GeofencesContract {

    private final InMemoryGeofences store = new InMemoryGeofences();

    @Override
    protected Geofences geofences() {
        return store;
    }

    @Override
    protected TenantId anotherTenant() {
        return new TenantId("other-shipper");
    }
}
