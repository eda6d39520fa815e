-- Notifications (issue: notifications, webhooks, outbox).
-- outbox: every domain event of an order, written in the same transaction as the change that raised it.
create table outbox (
    id            bigserial    primary key,
    message_id    uuid         not null unique,
    order_id      uuid         not null references orders (id),
    shipment_id   uuid,
    type          varchar(32)  not null,
    from_status   varchar(32),
    to_status     varchar(32),
    detail        varchar(512),
    occurred_at   timestamptz  not null,
    claimed_until timestamptz,
    relayed_at    timestamptz
);
create index outbox_unrelayed on outbox (id) where relayed_at is null;

create table webhook_subscriptions (
    id                    uuid          primary key,
    owner                 varchar(64)   not null,
    url                   varchar(2048) not null,
    secret                varchar(128)  not null,
    event_types           text[]        not null,
    active                boolean       not null,
    suspended_reason      varchar(1024),
    consecutive_failures  integer       not null default 0,
    created_at            timestamptz   not null
);
create index webhook_subscriptions_owner on webhook_subscriptions (owner);

-- one row per message to send: a customer e-mail or SMS, or a webhook call; the idempotency key is stable
create table notification_deliveries (
    id               bigserial     primary key,
    idempotency_key  varchar(200)  not null unique,
    outbox_id        bigint        not null references outbox (id),
    order_id         uuid          not null,
    channel          varchar(16)   not null,
    recipient        varchar(2048) not null,
    subscription_id  uuid          references webhook_subscriptions (id) on delete cascade,
    kind             varchar(64)   not null,
    fact_keys        text[]        not null,
    fact_values      text[]        not null,
    status           varchar(16)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(1024),
    created_at       timestamptz   not null,
    finished_at      timestamptz
);
-- status: PENDING (due at next_attempt_at), WAITING (queued behind an open delivery of the same subscription and
-- order: webhooks of one order go out in order), SENT, DEAD (given up; listed, replayable)
create index notification_deliveries_due on notification_deliveries (next_attempt_at, id) where status = 'PENDING';
create index notification_deliveries_queue on notification_deliveries (subscription_id, order_id, id)
    where status in ('PENDING', 'WAITING');

create table customer_preferences (
    email        varchar(320) primary key,
    channels     text[]       not null,
    language     varchar(16)  not null,
    opted_out    boolean      not null,
    quiet_from   time,
    quiet_until  time,
    zone         varchar(64)
);

-- customers' ratings after delivery, one per order
create table feedback (
    order_id    uuid          primary key references orders (id),
    rating      smallint      not null check (rating between 1 and 5),
    comment     varchar(2000),
    given_at    timestamptz   not null
);
