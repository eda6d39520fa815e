-- Orders, their shipments and their timelines. Statuses are derived by the domain from the timeline
-- and stored here only so that search can filter on them.

create table orders (
    id                 uuid         primary key,
    order_number       varchar(64)  not null,
    tracking_id        varchar(15),
    status             varchar(32)  not null,
    status_reason      varchar(512),
    customer_name      varchar(200) not null,
    customer_email     varchar(254),
    customer_phone     varchar(32),
    address_line1      varchar(200) not null,
    address_line2      varchar(200),
    postal_code        varchar(16),
    city               varchar(128) not null,
    region             varchar(128),
    country_code       varchar(2)   not null,
    promised_earliest  timestamptz,
    promised_latest    timestamptz,
    placed_at          timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null,
    constraint orders_order_number_unique unique (order_number),
    constraint orders_tracking_id_unique unique (tracking_id)
);
create index orders_placed_at on orders (placed_at desc, id);
create index orders_status_placed_at on orders (status, placed_at desc);

create table order_lines (
    order_id  uuid        not null references orders (id),
    line_no   integer     not null,
    sku       varchar(64) not null,
    quantity  integer     not null check (quantity > 0),
    primary key (order_id, line_no)
);

create table shipments (
    id                       uuid         primary key,
    order_id                 uuid         not null references orders (id),
    carrier                  varchar(32)  not null,
    carrier_tracking_number  varchar(64)  not null,
    status                   varchar(32)  not null,
    status_reason            varchar(512),
    delivered_at             timestamptz,
    constraint shipments_carrier_number_unique unique (carrier, carrier_tracking_number)
);
create index shipments_order_id on shipments (order_id);
create index shipments_tracking_number on shipments (carrier_tracking_number);

create table shipment_parcels (
    shipment_id  uuid         not null references shipments (id),
    parcel_no    integer      not null,
    barcode      varchar(64),
    epc          varchar(128),
    primary key (shipment_id, parcel_no)
);

create table shipment_lines (
    shipment_id  uuid        not null references shipments (id),
    line_no      integer     not null,
    sku          varchar(64) not null,
    quantity     integer     not null check (quantity > 0),
    primary key (shipment_id, line_no)
);

create sequence tracking_events_seq increment by 50;

create table tracking_events (
    id                       bigint        primary key,
    order_id                 uuid          not null references orders (id),
    shipment_id              uuid,
    source_type              varchar(16)   not null,
    source_name              varchar(64)   not null,
    source_event_id          varchar(128)  not null,
    milestone                varchar(32)   not null,
    raw_code                 varchar(64),
    raw_text                 varchar(512),
    reason                   varchar(512),
    occurred_at              timestamptz   not null,
    occurred_offset_seconds  integer       not null,
    received_at              timestamptz   not null,
    facility                 varchar(128),
    city                     varchar(128),
    country_code             varchar(2),
    latitude                 double precision,
    longitude                double precision,
    pod_received_by          varchar(128),
    pod_signature_ref        varchar(512),
    pod_photo_ref            varchar(512),
    pod_latitude             double precision,
    pod_longitude            double precision,
    -- the same event twice is stored once: this key makes ingestion idempotent
    constraint tracking_events_source_key unique (source_type, source_name, source_event_id)
);
create index tracking_events_order_id on tracking_events (order_id);

create table api_keys (
    name        varchar(64)  primary key,
    role        varchar(16)  not null,
    key_sha256  varchar(64)  not null,
    created_at  timestamptz  not null,
    constraint api_keys_hash_unique unique (key_sha256)
);
