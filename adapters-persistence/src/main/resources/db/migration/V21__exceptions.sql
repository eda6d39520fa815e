-- The exceptions queue (issue #13.2): every shipment that needs a person (held, a failed delivery attempt, lost,
-- returned to sender, at high risk of missing its promise, not scanned for too long) as an item with a deadline to
-- acknowledge it, escalated up a chain when nobody does, and its audit trail: who did what when.

create table shipment_exceptions (
    id                uuid           primary key,
    tenant_id         varchar(40)    not null references tenants (id),
    order_id          uuid           not null references orders (id),
    order_number      varchar(64)    not null,
    shipment_id       uuid           not null references shipments (id),
    kind              varchar(32)    not null check (kind in ('AT_RISK', 'MISSING_SCAN', 'HELD', 'DELIVERY_ATTEMPT_FAILED',
                                                              'LOST', 'RETURNED_TO_SENDER')),
    -- why, in plain words, as Waybill said it when the item opened (a carrier's reason may quote the recipient)
    reason            varchar(1000)  not null,
    -- when the condition began as Waybill saw it: the shipment's last event, or when the risk was first detected
    since             timestamptz    not null,
    opened_at         timestamptz    not null,
    deadline_at       timestamptz    not null,
    state             varchar(16)    not null check (state in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    assignee          varchar(100),
    escalation_level  integer        not null default 0 check (escalation_level >= 0),
    escalated_at      timestamptz,
    resolved_at       timestamptz,
    resolved_by       varchar(64),
    version           bigint         not null,
    check ((state = 'RESOLVED') = (resolved_at is not null))
);
-- one unresolved item per shipment and kind: a repeated sweep, two instances sweeping at once or a duplicate event
-- never open a second one
create unique index shipment_exceptions_one_open on shipment_exceptions (shipment_id, kind) where state <> 'RESOLVED';
-- one item per condition, ever: a condition a person resolved while it lasted is not opened again
create unique index shipment_exceptions_one_per_condition on shipment_exceptions (shipment_id, kind, since);
-- the queue: what waits for someone, the earliest deadline first
create index shipment_exceptions_waiting on shipment_exceptions (tenant_id, deadline_at, opened_at) where state <> 'RESOLVED';

-- the audit trail of each item, appended, never changed: who (an API key's name, or 'system') did what, when
create table exception_actions (
    id            bigserial      primary key,
    exception_id  uuid           not null references shipment_exceptions (id),
    at            timestamptz    not null,
    actor         varchar(64)    not null,
    action        varchar(16)    not null check (action in ('OPEN', 'ACKNOWLEDGE', 'ASSIGN', 'NOTE', 'ESCALATE', 'RESOLVE')),
    text          varchar(2000)
);
create index exception_actions_trail on exception_actions (exception_id, id);

-- an escalation to the webhook level goes out through the outbox, as an event of the item's order
alter table outbox add column exception_id uuid,
                   add column exception_kind varchar(32),
                   add column escalation_level integer;

-- the wall between tenants, as V18 builds it (V18's default privileges grant waybill_tenant the new tables)
alter table shipment_exceptions enable row level security;
create policy tenant_wall on shipment_exceptions using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));
alter table exception_actions enable row level security;
create policy tenant_wall on exception_actions
    using (waybill_platform() or exists (select 1 from shipment_exceptions e where e.id = exception_id))
    with check (waybill_platform() or exists (select 1 from shipment_exceptions e where e.id = exception_id));
