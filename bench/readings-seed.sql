-- Fills device_readings with :'n' stored readings before a ReadingsLoad run, for the "per-reading cost flat from
-- 1M to 50M stored readings" benchmark (docs/benchmarks.md). Run as the database owner against a Waybill database
-- whose migrations have run:
--   psql -h 127.0.0.1 -U postgres bench -v n=1000000 -f bench/readings-seed.sql
-- It empties device_readings first. 10,000 data loggers of tenant 'default' (SEED-0 … SEED-9999), each reporting
-- a temperature and a position every 90 s backwards from an hour ago, round-robin; the table's primary key
-- (device, time) is built as Waybill's own inserts build it.
insert into devices (id, tenant_id, kind, label, registered_at)
select 'SEED-' || d, 'default', 'DATA_LOGGER', 'seeded', now() from generate_series(0, 9999) d
on conflict (id) do nothing;
truncate device_readings;
insert into device_readings (device_id, at, received_at, latitude, longitude, temperature_c, battery_pct)
select 'SEED-' || (i % 10000), now() - interval '1 hour' - (i / 10000) * interval '90 seconds', now(),
       50 + (i % 997) / 100.0, 8 + (i % 991) / 100.0, 4 + (i % 7), 80
from generate_series(0, :n - 1) i;
analyze devices;
analyze device_readings;
select (select count(*) from device_readings) as stored_readings,
       (select pg_size_pretty(sum(pg_total_relation_size(inhrelid))) from pg_inherits
        where inhparent = 'device_readings'::regclass) as size;
