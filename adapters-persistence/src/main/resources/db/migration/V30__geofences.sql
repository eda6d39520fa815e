-- Geofences (issue #14): circles around a tenant's hubs, depots and delivery towns. Positions of devices travelling with
-- a shipment that enter and leave them become derived timeline steps (source DEVICE/geofence). The id is the tenant's
-- own name for the fence: unique per tenant, not across tenants.
create table geofences (
    tenant_id      varchar(40)       not null references tenants (id),
    id             varchar(64)       not null,
    name           varchar(100)      not null,
    latitude       double precision  not null check (latitude between -90 and 90),
    longitude      double precision  not null check (longitude between -180 and 180),
    radius_m       double precision  not null check (radius_m between 50 and 50000),
    location_code  varchar(64),
    city           varchar(128),
    country_code   varchar(2),
    changed_at     timestamptz       not null default now(),
    primary key (tenant_id, id)
);
alter table geofences enable row level security;
create policy tenant_wall on geofences using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));
