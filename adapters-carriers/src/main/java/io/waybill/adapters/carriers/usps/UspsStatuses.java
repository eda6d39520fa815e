package io.waybill.adapters.carriers.usps;

import io.waybill.adapters.carriers.spi.StatusTable;

/**
 * USPS tracking event codes ({@code trackingEvents[].eventCode}) and their milestones, read from the data file
 * {@code usps-event-codes.txt} next to this class. Every row there names the published source it comes from (the
 * USPS Web Tools code tables, USPS's Customer Daily Extract event list, eHub's USPS event list, a real Tracking API
 * v3 response); the file's header lists them with their addresses and versions.
 *
 * <p>Deliberately not statuses (listed in the file with {@code -}, reported as unmapped): {@code MA}, {@code GX},
 * {@code 83}, {@code 89} (label created or pre-shipment information: USPS does not have the parcel yet), {@code GC}
 * (an extra service) and {@code DX} (says nothing about the parcel). A code in no row is unmapped and counted.
 */
final class UspsStatuses {

    static final StatusTable TABLE = StatusTable.fromResource("usps", UspsStatuses.class, "usps-event-codes.txt");

    private UspsStatuses() {
    }
}
