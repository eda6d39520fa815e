-- The wall between tenants (issue #12.1). Everything stored before belongs to the 'default' tenant.
--
-- First wall: every tenant-owned row names its tenant, and the stores ask for the caller's tenant in every query.
-- Second wall: PostgreSQL row-level security. Waybill runs its work as the role waybill_tenant (set on each connection it
-- takes from the pool), which sees only the rows of the tenant named by the setting waybill.tenant, or every row when
-- waybill.scope is 'platform' (background sweeps and look-ups by a global id). With neither set it sees no row and may
-- write none: a forgotten scope fails closed.

alter table orders add column tenant_id varchar(40) not null default 'default' references tenants (id);
alter table orders alter column tenant_id drop default;
-- order numbers are the shipper's own: unique per tenant, not across tenants
alter table orders drop constraint orders_order_number_unique;
alter table orders add constraint orders_tenant_order_number_unique unique (tenant_id, order_number);
drop index orders_placed_at;
create index orders_tenant_placed_at on orders (tenant_id, placed_at desc, id);
drop index orders_status_placed_at;
create index orders_tenant_status_placed_at on orders (tenant_id, status, placed_at desc);
-- the back office finds orders by the customer's e-mail address, ignoring case
create index orders_tenant_email on orders (tenant_id, lower(customer_email));

alter table shipments add column tenant_id varchar(40) not null default 'default';
alter table shipments alter column tenant_id drop default;
alter table tracking_events add column tenant_id varchar(40) not null default 'default';
alter table tracking_events alter column tenant_id drop default;
-- an event's id is unique within its source and tenant: two shippers' warehouses may both send "evt-1"
alter table tracking_events drop constraint tracking_events_source_key;
alter table tracking_events add constraint tracking_events_source_key
    unique (tenant_id, source_type, source_name, source_event_id);
alter table outbox add column tenant_id varchar(40) not null default 'default';
alter table outbox alter column tenant_id drop default;

alter table webhook_subscriptions add column tenant_id varchar(40) not null default 'default' references tenants (id);
alter table webhook_subscriptions alter column tenant_id drop default;
drop index webhook_subscriptions_owner;
create index webhook_subscriptions_tenant_owner on webhook_subscriptions (tenant_id, owner);

-- a customer's choices are given to one shipper: the same address may choose differently for another
alter table customer_preferences add column tenant_id varchar(40) not null default 'default' references tenants (id);
alter table customer_preferences alter column tenant_id drop default;
alter table customer_preferences drop constraint customer_preferences_pkey;
alter table customer_preferences add primary key (tenant_id, email);

-- a disruption reported by a tenant's operator is that tenant's, and judges only its shipments
alter table disruptions add column tenant_id varchar(40) not null default 'default' references tenants (id);
alter table disruptions alter column tenant_id drop default;
create index disruptions_tenant_open on disruptions (tenant_id, until_at);

-- The second wall. waybill_platform(): the work is the platform's own; waybill_sees(t): the work may see tenant t's rows.
create function waybill_platform() returns boolean language sql stable as
    $$ select coalesce(current_setting('waybill.scope', true) = 'platform', false) $$;
create function waybill_sees(tenant varchar) returns boolean language sql stable as
    $$ select tenant = current_setting('waybill.tenant', true) or coalesce(current_setting('waybill.scope', true) = 'platform', false) $$;

do $$
begin
    if not exists (select from pg_roles where rolname = 'waybill_tenant') then
        create role waybill_tenant nologin;
    end if;
    begin
        execute format('grant waybill_tenant to %I', current_user);
    exception when others then
        raise notice 'could not grant waybill_tenant to %: %', current_user, sqlerrm;
    end;
end
$$;
grant usage on schema public to waybill_tenant;
grant select, insert, update, delete on all tables in schema public to waybill_tenant;
grant usage, select, update on all sequences in schema public to waybill_tenant;
grant execute on all functions in schema public to waybill_tenant;
alter default privileges in schema public grant select, insert, update, delete on tables to waybill_tenant;
alter default privileges in schema public grant usage, select, update on sequences to waybill_tenant;

-- The same policy, tenant_wall, on each table: rows that name their tenant are checked directly; rows of an order or
-- a shipment are visible when their order or shipment is (whose own wall then decides).
do $$
declare
    t text;
begin
    foreach t in array array['orders', 'shipments', 'tracking_events', 'outbox', 'webhook_subscriptions',
                             'customer_preferences', 'disruptions'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy tenant_wall on %I using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id))', t);
    end loop;
    foreach t in array array['order_lines', 'feedback', 'notification_deliveries', 'shipment_predictions'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy tenant_wall on %I using (%s) with check (%s)', t,
                'waybill_platform() or exists (select 1 from orders o where o.id = order_id)',
                'waybill_platform() or exists (select 1 from orders o where o.id = order_id)');
    end loop;
    foreach t in array array['shipment_parcels', 'shipment_lines', 'shipment_risk_history', 'carrier_polls'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy tenant_wall on %I using (%s) with check (%s)', t,
                'waybill_platform() or exists (select 1 from shipments s where s.id = shipment_id)',
                'waybill_platform() or exists (select 1 from shipments s where s.id = shipment_id)');
    end loop;
end
$$;
