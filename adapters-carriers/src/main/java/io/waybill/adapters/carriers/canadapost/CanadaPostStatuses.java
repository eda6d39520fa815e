package io.waybill.adapters.carriers.canadapost;

import io.waybill.adapters.carriers.spi.StatusTable;
import io.waybill.domain.tracking.Milestone;
import java.util.List;

/**
 * Canada Post tracking event identifiers ({@code significant-events/occurrence/event-identifier}) and their
 * milestones. Canada Post writes some with leading zeros ({@code 0174}); they are looked up without them.
 *
 * <p>Source of the grouping: karrio's Canada Post connector (integrators' mapping; Canada Post publishes no
 * code list on its developer pages that was found), {@code modules/connectors/canadapost/karrio/providers/canadapost/units.py},
 * {@code TrackingStatus}, at
 * https://github.com/karrioapi/karrio/blob/deea10f8568b2d48c71bbcc11ec11c62cdaf2a6a/modules/connectors/canadapost/karrio/providers/canadapost/units.py.
 * In transit, from Canada Post's own descriptions: {@code 0100} "Item processed at postal facility" (Canada Post's
 * Get Tracking Details example; karrio lists 100 as a pick-up), and {@code 4310}, {@code 4500}, {@code 4600}
 * (international item arrived in a foreign country / in transit to / arrived at the delivery office there, seen in
 * the sample at https://docs.digitalgenius.com/docs/canada-post-track-trace). Delays ("possible delay") are HELD
 * with reason "delayed". Deliberately unmapped: {@code 20} "Signature image recorded for Online viewing" (not a
 * movement; its signatory name becomes the proof of delivery of the delivery at the same time) and anything not
 * listed.
 */
final class CanadaPostStatuses {

    static final StatusTable TABLE = table();

    private CanadaPostStatuses() {
    }

    private static StatusTable table() {
        StatusTable.Builder table = StatusTable.of("canadapost");
        map(table, Milestone.DELIVERED, "delivered", List.of("1408", "1409", "1421", "1422", "1423", "1424", "1425", "1426", "1427",
                "1428", "1429", "1430", "1431", "1432", "1433", "1434", "1441", "1442", "1496", "1497", "1498", "1499"));
        map(table, Milestone.HANDED_OVER, "accepted by Canada Post", List.of("101", "102", "103", "104", "105", "106", "107", "1400",
                "1401", "1402", "1403", "1404", "1405"));
        map(table, Milestone.IN_TRANSIT, "in transit", List.of("100", "4310", "4500", "4600"));
        map(table, Milestone.HELD, "on hold", List.of("117", "120", "121", "125", "127", "810", "1411", "1414", "1443", "1484", "1487",
                "1494", "2411", "2414", "4700"));
        map(table, Milestone.AVAILABLE_FOR_PICKUP, "available for pick-up", List.of("118", "156", "1407", "1410", "1435", "1436", "1437",
                "1438", "1479", "1488", "1701", "2410"));
        map(table, Milestone.DELIVERY_ATTEMPT_FAILED, "delivery failed", List.of("150", "154", "167", "168", "169", "179", "181", "182",
                "183", "184", "190", "1100", "1415", "1416", "1417", "1418", "1419", "1420", "1450", "1481", "1482", "1483", "1491", "1492",
                "1493", "2600", "2802", "3001", "4650"));
        map(table, Milestone.HELD, "delayed", List.of("159", "160", "161", "162", "163", "172", "173", "2412"));
        map(table, Milestone.OUT_FOR_DELIVERY, "out for delivery", List.of("174", "500"));
        return table.build();
    }

    private static void map(StatusTable.Builder table, Milestone milestone, String reason, List<String> codes) {
        codes.forEach(code -> table.map(code, milestone, reason));
    }

    /** The identifier as the table keys it: without leading zeros ("0174" is 174). */
    static String key(String identifier) {
        return identifier.strip().replaceFirst("^0+(?=.)", "");
    }
}
