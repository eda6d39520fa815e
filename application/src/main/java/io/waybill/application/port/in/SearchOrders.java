package io.waybill.application.port.in;

import io.waybill.application.shared.OrderSearch.Page;
import io.waybill.application.shared.OrderSearch.Query;

/** Finds orders by status, placement date range and carrier, a page at a time, newest first. */
public interface SearchOrders {

    Page search(Query query);
}
