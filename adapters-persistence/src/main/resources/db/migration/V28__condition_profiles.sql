-- What a shipment must stay within (issue #14.4): its condition profile, judged against the readings of the devices
-- travelling with it. Temperatures in °C, humidity in %, durations in whole minutes (null: no tolerance given).
create table shipment_condition_profiles (
    shipment_id           uuid          primary key references shipments (id),
    tenant_id             varchar(40)   not null references tenants (id),
    temperature_min       real,
    temperature_max       real,
    temperature_total_min integer,
    temperature_one_go_min integer,
    humidity_min          real,
    humidity_max          real,
    humidity_total_min    integer,
    humidity_one_go_min   integer,
    max_shock_g           real,
    max_light_lux         real,
    set_at                timestamptz   not null
);
alter table shipment_condition_profiles enable row level security;
create policy tenant_wall on shipment_condition_profiles using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));
