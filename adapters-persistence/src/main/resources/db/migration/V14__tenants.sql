-- Tenants (issue #12): the shippers one Waybill serves. Everything stored before belongs to 'default'.
create table tenants (
    id          varchar(40)  primary key,
    name        varchar(200) not null,
    created_at  timestamptz  not null default now()
);
insert into tenants (id, name) values ('default', 'Default tenant');

-- Every API key belongs to one tenant; requests with it see that tenant's data only.
alter table api_keys add column tenant_id varchar(40) not null default 'default' references tenants (id);
create index api_keys_tenant on api_keys (tenant_id);
