-- Per-tenant push secrets of carriers (issue #16): one per tenant and carrier, with the secret it replaced while that one
-- still verifies. An HMAC secret must be recoverable to verify, so it is kept AES-256-GCM encrypted (random 12-byte nonce
-- prepended, base64), under waybill.push-secrets.encryption-key, never in the clear; the fingerprint is what is shown.
create table carrier_push_secrets (
    tenant_id             varchar(40)  not null references tenants (id),
    carrier               varchar(32)  not null,
    scheme                varchar(16)  not null,
    secret_encrypted      varchar(512) not null,
    fingerprint           varchar(80)  not null,
    created_at            timestamp with time zone not null,
    previous_scheme       varchar(16),
    previous_encrypted    varchar(512),
    previous_fingerprint  varchar(80),
    previous_valid_until  timestamp with time zone,
    primary key (tenant_id, carrier)
);
alter table carrier_push_secrets enable row level security;
create policy tenant_wall on carrier_push_secrets using (waybill_sees(tenant_id)) with check (waybill_sees(tenant_id));
