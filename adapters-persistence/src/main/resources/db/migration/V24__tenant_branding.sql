-- Per-tenant branding of the customer's tracking page (issue #13.1): the name shown, an accent colour (checked for
-- contrast by the application), a logo (PNG or JPEG, at most 100 KB).
create table tenant_branding (
    tenant_id     varchar(40)   primary key references tenants (id),
    display_name  varchar(100)  not null,
    colour        varchar(7),
    logo          bytea,
    logo_type     varchar(16),
    updated_at    timestamptz   not null default now()
);
alter table tenant_branding enable row level security;
create policy tenant_wall on tenant_branding using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));
