-- Live tracking pages (issue #13): every committed change of an order, and every change of a shipment's estimate or risk
-- level, is announced on channel waybill_order_changed with the order's id as payload (no personal data). PostgreSQL
-- delivers a notification at commit, once per payload and transaction, to every Waybill instance listening.
create function waybill_order_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('waybill_order_changed', new.order_id::text);
    return null;
end
$$;

create function waybill_order_row_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('waybill_order_changed', new.id::text);
    return null;
end
$$;

create trigger orders_announce_change after insert or update on orders
    for each row execute function waybill_order_row_changed();

-- a prediction is rewritten on every sweep; only what the page shows is announced
create trigger shipment_predictions_announce_insert after insert on shipment_predictions
    for each row execute function waybill_order_changed();
create trigger shipment_predictions_announce_update after update on shipment_predictions
    for each row when (old.p50 is distinct from new.p50 or old.p90 is distinct from new.p90
                       or old.risk_level is distinct from new.risk_level)
    execute function waybill_order_changed();
