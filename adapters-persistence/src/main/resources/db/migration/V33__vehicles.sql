-- Vehicles and containers that carry many shipments (issue #14.1): devices mounted on a vehicle, shipments loaded onto
-- it, and the device bindings derived from both (device_bindings.via_vehicle set), which every reader of a shipment's
-- bindings (trail, conditions, positions, geofence steps) reads like the bindings sent for a shipment. A vehicle id is
-- the tenant's own name for it: one name space per tenant, so no table of vehicles.
create table vehicle_mountings (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenants (id),
    device_id    varchar(64)   not null references devices (id),
    vehicle_id   varchar(64)   not null,
    mounted_from  timestamptz  not null,
    mounted_until timestamptz,
    check (mounted_until is null or mounted_until > mounted_from)
);
create index vehicle_mountings_vehicle on vehicle_mountings (tenant_id, vehicle_id, mounted_from);
create index vehicle_mountings_device on vehicle_mountings (device_id, mounted_from);
alter table vehicle_mountings enable row level security;
create policy tenant_wall on vehicle_mountings using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));

create table vehicle_loads (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenants (id),
    vehicle_id    varchar(64)   not null,
    shipment_id   uuid          not null references shipments (id),
    loaded_from   timestamptz   not null,
    loaded_until  timestamptz,
    check (loaded_until is null or loaded_until > loaded_from)
);
create index vehicle_loads_vehicle on vehicle_loads (tenant_id, vehicle_id, loaded_from);
create index vehicle_loads_shipment on vehicle_loads (shipment_id, loaded_from);
alter table vehicle_loads enable row level security;
create policy tenant_wall on vehicle_loads using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));

alter table device_bindings add column via_vehicle varchar(64);
create index device_bindings_vehicle on device_bindings (tenant_id, via_vehicle) where via_vehicle is not null;
