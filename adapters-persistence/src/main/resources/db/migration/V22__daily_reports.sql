-- Daily reports (issue #13.3): one per tenant and day, as it was sent, for the console's archive. A row with no html yet
-- is a claim: the instance that inserted it is making the report (a claim older than ten minutes may be taken over).
create table daily_reports (
    tenant_id   varchar(40)   not null references tenants (id),
    day         date          not null,
    created_at  timestamptz   not null,
    subject     varchar(300),
    html        text,
    csv         text,
    recipients  text[]        not null,
    primary key (tenant_id, day)
);
alter table daily_reports enable row level security;
create policy tenant_wall on daily_reports using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));
