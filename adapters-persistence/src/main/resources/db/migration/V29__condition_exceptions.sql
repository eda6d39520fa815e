-- An excursion out of a shipment's condition profile is an item of the exceptions queue (issue #14.4).
alter table shipment_exceptions drop constraint shipment_exceptions_kind_check;
alter table shipment_exceptions add constraint shipment_exceptions_kind_check
    check (kind in ('AT_RISK', 'MISSING_SCAN', 'HELD', 'DELIVERY_ATTEMPT_FAILED', 'LOST', 'RETURNED_TO_SENDER',
                    'CONDITION_EXCURSION'));
