-- The console's order page lists the messages sent about the order (issue #13.2): find an order's deliveries by index.
create index notification_deliveries_order on notification_deliveries (order_id, id);
