-- GS1 EPCIS 2.0 capture and query (issue #14): the tenant's captured events as sent (for the query interface) with
-- the fields its filters use, the contents of pallets over time (AggregationEvents), and capture jobs.

create table epcis_events (
    tenant_id            varchar(40)    not null references tenants (id),
    event_id             varchar(200)   not null,
    event_type           varchar(32)    not null,
    action               varchar(8),
    event_time           timestamptz    not null,
    record_time          timestamptz    not null,
    biz_step             varchar(100),
    disposition          varchar(100),
    read_point           varchar(300),
    biz_location         varchar(300),
    epcs                 text[]         not null,
    error_declared_at    timestamptz,
    error_reason         varchar(300),
    corrective_event_ids text[],
    body                 jsonb          not null,
    primary key (tenant_id, event_id)
);
create index epcis_events_time on epcis_events (tenant_id, event_time);
create index epcis_events_epcs on epcis_events using gin (epcs);

-- a parent (a pallet's SSCC) holds a child from packed_at until unpacked_at (null: still)
create table epcis_aggregations (
    tenant_id    varchar(40)    not null references tenants (id),
    parent       varchar(300)   not null,
    child        varchar(300)   not null,
    packed_at    timestamptz    not null,
    unpacked_at  timestamptz,
    primary key (tenant_id, parent, child, packed_at)
);

create table epcis_capture_jobs (
    id              uuid           primary key,
    tenant_id       varchar(40)    not null references tenants (id),
    created_at      timestamptz    not null,
    finished_at     timestamptz    not null,
    error_behaviour varchar(16)    not null,
    success         boolean        not null,
    captured        integer        not null,
    duplicates      integer        not null,
    on_timelines    integer        not null,
    errors          text[]         not null
);

-- parcels are found by their codes when a reader reports them
create index shipment_parcels_barcode on shipment_parcels (barcode) where barcode is not null;
create index shipment_parcels_epc on shipment_parcels (epc) where epc is not null;

do $$
declare
    t text;
begin
    foreach t in array array['epcis_events', 'epcis_aggregations', 'epcis_capture_jobs'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy tenant_wall on %I using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id))', t);
    end loop;
end
$$;
