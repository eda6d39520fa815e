-- Keys and audit (issue #12.2). Key names are unique per tenant, not across tenants.
alter table api_keys drop constraint api_keys_pkey;
alter table api_keys add primary key (tenant_id, name);

-- What a key may do within its role (read, events, write; comma-separated, all three for the keys before this
-- migration), until when, whether it was revoked (kept, so that the name stays taken and the listing shows it), when it
-- was last used (to the minute), and, after a rotation, the previous secret's hash and until when it still admits.
alter table api_keys
    add column scopes               varchar(64) not null default 'events,read,write',
    add column expires_at           timestamptz,
    add column revoked_at           timestamptz,
    add column last_used_at         timestamptz,
    add column previous_sha256      varchar(64),
    add column previous_valid_until timestamptz;
create unique index api_keys_previous_hash on api_keys (previous_sha256) where previous_sha256 is not null;

-- Who (key name and its tenant) changed what (action, target) in whose data (tenant_id), when. Written by the code
-- only from ids, enums and instants: no personal data. Appended, never updated.
create table audit_log (
    id            bigserial    primary key,
    at            timestamptz  not null,
    tenant_id     varchar(40)  not null,
    actor_tenant  varchar(40)  not null,
    actor_key     varchar(64)  not null,
    action        varchar(64)  not null,
    target_type   varchar(32)  not null,
    target_id     varchar(200) not null,
    detail        varchar(200)
);
create index audit_log_tenant on audit_log (tenant_id, id desc);
