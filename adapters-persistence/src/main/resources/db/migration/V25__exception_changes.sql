-- A live exceptions queue in the console (issue #13.2): every committed change of an exceptions item (opened,
-- acknowledged, assigned, escalated, resolved) is announced on channel waybill_exceptions_changed with the tenant's id
-- as payload, so an open queue of that tenant reads itself again. PostgreSQL sends one notification per payload and
-- transaction, so a sweep that opens a hundred items of one tenant announces once. Items change rarely beside
-- ingestion, which this channel never touches.
create function waybill_exceptions_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('waybill_exceptions_changed', new.tenant_id);
    return null;
end
$$;

create trigger shipment_exceptions_announce_change after insert or update on shipment_exceptions
    for each row execute function waybill_exceptions_changed();
