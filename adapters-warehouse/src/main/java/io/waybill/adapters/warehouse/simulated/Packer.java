package io.waybill.adapters.warehouse.simulated;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.PackingManifest;
import io.waybill.domain.order.Parcel;
import io.waybill.domain.order.ServiceLevel;
import io.waybill.domain.order.Sku;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * Packs the lines of an order into shipments: one, or two when the order has three lines or more, each
 * with a carrier, a fresh carrier tracking number, parcels labelled with an SSCC barcode (some also
 * carry an RFID tag) and a service: one in five is booked express.
 */
final class Packer {

    /** GS1 Germany's example company prefix, used for the simulated barcodes and EPCs. */
    static final String GS1_COMPANY_PREFIX = "4012345";
    static final String TRACKING_NUMBER_PREFIX = "SIM";
    private static final long EPOCH_2020 = 1_577_836_800L;
    private static final long TWELVE_DIGITS = 1_000_000_000_000L;
    /** SGTIN-96 serials are 38 bits. */
    private static final long SGTIN_SERIAL_BOUND = 1L << 38;
    private static final int UNITS_PER_PARCEL = 6;
    private static final int MAX_PARCELS = 4;
    /** The share of shipments customers book express. */
    static final double EXPRESS_SHARE = 0.2;

    /**
     * Shared by every warehouse in the JVM. Seeded from the clock (thousands of numbers per second since
     * 2020) so that a restarted demo does not hand out numbers already stored by the previous run.
     */
    private static final AtomicLong LAST_TRACKING_NUMBER = new AtomicLong();

    private final List<CarrierCode> carriers;
    private final Clock clock;

    Packer(List<CarrierCode> carriers, Clock clock) {
        this.carriers = List.copyOf(carriers);
        if (this.carriers.isEmpty()) {
            throw new IllegalArgumentException("the warehouse needs at least one carrier to hand shipments to");
        }
        this.clock = clock;
    }

    List<PackingManifest> pack(List<OrderLine> lines, RandomGenerator random) {
        List<PackingManifest> manifests = new ArrayList<>(2);
        for (List<OrderLine> shipment : split(lines)) {
            CarrierCode carrier = carriers.get(random.nextInt(carriers.size()));
            List<Parcel> parcels = parcels(shipment, random);
            ServiceLevel service = random.nextDouble() < EXPRESS_SHARE ? ServiceLevel.EXPRESS : ServiceLevel.STANDARD;
            manifests.add(new PackingManifest(carrier, nextTrackingNumber(), parcels, shipment, service));
        }
        return manifests;
    }

    /** One shipment for one or two lines; else the first half of the lines (rounded up) and the rest. */
    static List<List<OrderLine>> split(List<OrderLine> lines) {
        if (lines.size() < 3) {
            return List.of(List.copyOf(lines));
        }
        int half = (lines.size() + 1) / 2;
        return List.of(List.copyOf(lines.subList(0, half)), List.copyOf(lines.subList(half, lines.size())));
    }

    private CarrierTrackingNumber nextTrackingNumber() {
        long floor = (clock.instant().getEpochSecond() - EPOCH_2020) * 1000;
        long number = LAST_TRACKING_NUMBER.updateAndGet(last -> Math.max(floor, last + 1));
        return new CarrierTrackingNumber(TRACKING_NUMBER_PREFIX + String.format("%012d", Math.floorMod(number, TWELVE_DIGITS)));
    }

    private static List<Parcel> parcels(List<OrderLine> lines, RandomGenerator random) {
        int units = lines.stream().mapToInt(OrderLine::quantity).sum();
        int count = Math.min(MAX_PARCELS, (units + UNITS_PER_PARCEL - 1) / UNITS_PER_PARCEL);
        List<Parcel> parcels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String barcode = sscc(random.nextLong(1_000_000_000L));
            String epc = random.nextInt(5) < 2 ? sgtin(lines.get(i % lines.size()).sku(), random) : null;
            parcels.add(new Parcel(barcode, epc));
        }
        return parcels;
    }

    /** A GS1-128 parcel label: application identifier 00 and an 18-digit SSCC with its check digit. */
    static String sscc(long serialReference) {
        String body = "3" + GS1_COMPANY_PREFIX + String.format("%09d", serialReference);
        return "00" + body + gs1CheckDigit(body);
    }

    static int gs1CheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * digit : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** The EPC of an RFID-tagged item in the parcel, in the pure-identity URI form EPCIS events use. */
    private static String sgtin(Sku sku, RandomGenerator random) {
        int itemReference = Math.floorMod(sku.value().hashCode(), 100_000);
        return "urn:epc:id:sgtin:" + GS1_COMPANY_PREFIX + ".0" + String.format("%05d", itemReference) + "."
                + random.nextLong(1, SGTIN_SERIAL_BOUND);
    }
}
