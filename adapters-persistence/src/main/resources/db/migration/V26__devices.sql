-- Devices and their readings (issue #14): GPS trackers, data loggers and readers of a tenant, the time ranges they
-- travel with a shipment, and what they measured.

-- A device's id is its own (an IMEI, a serial number), unique in the installation: a tracker speaking the OsmAnd
-- protocol sends nothing but its id, which must then name its tenant.
create table devices (
    id             varchar(64)   primary key,
    tenant_id      varchar(40)   not null references tenants (id),
    kind           varchar(16)   not null check (kind in ('GPS_TRACKER', 'DATA_LOGGER', 'READER')),
    label          varchar(100),
    registered_at  timestamptz   not null
);
create index devices_tenant on devices (tenant_id, id);

-- from included, until excluded (null: still travelling); one shipment at a time per device (checked by the service)
create table device_bindings (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenants (id),
    device_id    varchar(64)   not null references devices (id),
    shipment_id  uuid          not null references shipments (id),
    bound_from   timestamptz   not null,
    bound_until  timestamptz,
    check (bound_until is null or bound_until > bound_from)
);
create index device_bindings_device on device_bindings (device_id, bound_from);
create index device_bindings_shipment on device_bindings (shipment_id, bound_from);

-- One row per device and instant (a reading sent twice is stored once), partitioned by month of the reading's time:
-- a month past the retention is dropped whole, without the bloat of deleting rows. Measurements are real (4 bytes:
-- a sensor's own precision is coarser); positions double. No tenant column: a reading is its device's, and the
-- device names the tenant (the wall below looks it up).
create table device_readings (
    device_id      varchar(64)   not null,
    at             timestamptz   not null,
    received_at    timestamptz   not null,
    latitude       double precision,
    longitude      double precision,
    speed_kmh      real,
    heading        real,
    altitude_m     real,
    accuracy_m     real,
    temperature_c  real,
    humidity_pct   real,
    shock_g        real,
    light_lux      real,
    battery_pct    real,
    primary key (device_id, at)
) partition by range (at);

-- Months are added ahead and dropped behind by waybill_keep_reading_months, run by Waybill at start and daily. It is
-- the owner's (security definer): Waybill's work runs as waybill_tenant, which may not create or drop tables.
create function waybill_keep_reading_months(first_month date, last_month date) returns void
    language plpgsql security definer set search_path = public as $$
declare
    m date := date_trunc('month', first_month)::date;
    old record;
begin
    while m <= last_month loop
        execute format('create table if not exists %I partition of device_readings for values from (%L) to (%L)',
                       'device_readings_' || to_char(m, 'YYYY_MM'), m, (m + interval '1 month')::date);
        m := (m + interval '1 month')::date;
    end loop;
    for old in
        select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
        where p.relname = 'device_readings' and c.relname < 'device_readings_' || to_char(first_month, 'YYYY_MM')
    loop
        execute format('drop table %I', old.relname);
    end loop;
end
$$;
revoke all on function waybill_keep_reading_months(date, date) from public;
grant execute on function waybill_keep_reading_months(date, date) to waybill_tenant;
-- the months around the migration, so that a first reading never waits for the first maintenance run
select waybill_keep_reading_months((date_trunc('month', now()) - interval '3 months')::date,
                                   (date_trunc('month', now()) + interval '2 months')::date);

alter table devices enable row level security;
create policy tenant_wall on devices using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));
alter table device_bindings enable row level security;
create policy tenant_wall on device_bindings using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));
alter table device_readings enable row level security;
create policy tenant_wall on device_readings
    using (waybill_platform() or exists (select 1 from devices d where d.id = device_id))
    with check (waybill_platform() or exists (select 1 from devices d where d.id = device_id));
