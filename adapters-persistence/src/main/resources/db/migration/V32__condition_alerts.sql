-- Condition breaches told at once (issue #14.4): whom each tenant wants e-mailed, and which items were e-mailed (an
-- alert is sent once, and tried again at the next sweep when the mail server refused it). The webhook of a breach is
-- an outbox row written with the item (type 'ConditionBreached'), which needs no table of its own.
create table tenant_alerts (
    tenant_id        varchar(40)   primary key references tenants (id),
    condition_email  varchar(254)  not null,
    updated_at       timestamptz   not null
);
alter table tenant_alerts enable row level security;
create policy tenant_wall on tenant_alerts using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));

create table exception_alerts (
    exception_id  uuid          primary key references shipment_exceptions (id),
    tenant_id     varchar(40)   not null references tenants (id),
    recipient     varchar(254)  not null,
    sent_at       timestamptz   not null
);
alter table exception_alerts enable row level security;
create policy tenant_wall on exception_alerts using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));
