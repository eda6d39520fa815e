-- Idempotency keys of POST /api/v1/orders (issue #12.8), each tenant's own: the fingerprint (hex SHA-256) of the request
-- the key came with first, and once it was answered the answer's status and order. A row without a status is a claim
-- whose request is still being carried out. Rows older than a day hold nothing and are claimed over.
create table idempotency_keys (
    tenant_id        varchar(40)  not null,
    key              varchar(200) not null,
    request_sha256   char(64)     not null,
    response_status  smallint,
    order_id         uuid,
    created_at       timestamptz  not null,
    primary key (tenant_id, key)
);
