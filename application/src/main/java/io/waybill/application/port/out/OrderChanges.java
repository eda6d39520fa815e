package io.waybill.application.port.out;

import io.waybill.domain.order.OrderId;

/**
 * Tells when an order or one of its shipments' predictions changed, whichever Waybill instance wrote it (so a page
 * served by one instance follows events ingested by another).
 */
public interface OrderChanges {

    /** Runs {@code changed} after each committed change of the order, until the following is closed. */
    Watch watch(OrderId order, Runnable changed);

    /** One watch; closing it stops the signals. */
    interface Watch extends AutoCloseable {

        @Override
        void close();
    }
}
