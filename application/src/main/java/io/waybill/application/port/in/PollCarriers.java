package io.waybill.application.port.in;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;

/** Asks carriers that do not push for news about the shipments they carry. */
public interface PollCarriers {

    /** What one round of polling did. */
    record Round(int shipments, int requests, int failedRequests, int accepted, int stopped) {

        public static final Round NOTHING_DUE = new Round(0, 0, 0, 0, 0);
    }

    /** Whether this carrier's shipments are polled. */
    boolean polls(CarrierCode carrier);

    /** Puts a shipment that was handed to a polled carrier on the schedule. */
    void track(OrderId order, Shipment shipment);

    /** Polls the shipments that are due now (up to one batch), and reschedules each. */
    Round pollDue();

    /** Schedules shipments under way whose scheduling was lost (a crash right after they were packed). */
    int catchUp();
}
