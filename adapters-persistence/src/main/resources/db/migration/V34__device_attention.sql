-- The devices watching a shipment's conditions need a person (issue #14.4): battery low, or silent while under way.
alter table shipment_exceptions drop constraint shipment_exceptions_kind_check;
alter table shipment_exceptions add constraint shipment_exceptions_kind_check
    check (kind in ('AT_RISK', 'MISSING_SCAN', 'HELD', 'DELIVERY_ATTEMPT_FAILED', 'LOST', 'RETURNED_TO_SENDER',
                    'CONDITION_EXCURSION', 'DEVICE_ATTENTION'));
