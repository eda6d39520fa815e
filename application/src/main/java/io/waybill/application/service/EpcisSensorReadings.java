package io.waybill.application.service;

import io.waybill.application.port.in.DeviceNotFoundException;
import io.waybill.application.port.in.ManageDevices;
import io.waybill.application.port.in.RecordReadings;
import io.waybill.application.port.out.Shipments;
import io.waybill.application.port.out.Shipments.CarrierReference;
import io.waybill.application.port.out.Shipments.Located;
import io.waybill.application.shared.CapturedEvent;
import io.waybill.application.shared.CapturedEvent.SensorReading;
import io.waybill.application.shared.NameTakenException;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Reading;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The sensor readings of captured EPCIS events, as readings of data loggers bound to the shipments the events concern
 * (the conditions judge them). Which device:
 * <ul>
 * <li>the event's {@code deviceID} where it is a valid device id; a URI that is not (too long, {@code /} and the like)
 * becomes its allowed characters and a hash of the whole ({@link #deviceId}); without a {@code deviceID}, one device
 * per tenant and the event's first EPC (else read point);</li>
 * <li>registered as a DATA_LOGGER of the capturing tenant when no one has it; a device another tenant registered is
 * never written: its readings are left out, with a warning;</li>
 * <li>for an event on several shipments (a pallet), one device per shipment, the id followed by {@code -} and a hash of
 * the shipment ({@link #perShipment}), since a device travels with one shipment at a time.</li>
 * </ul>
 * Each device is bound to its shipment for the time of its readings (the first until a second after the last), where
 * no binding of it to that shipment covers the time yet. Readings are idempotent on (device, instant) and bindings are
 * only made where missing, so capturing a document again stores nothing new.
 */
final class EpcisSensorReadings {

    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9._:-]+");

    private final ManageDevices devices;
    private final RecordReadings readings;
    private final Shipments shipments;

    EpcisSensorReadings(ManageDevices devices, RecordReadings readings, Shipments shipments) {
        this.devices = devices;
        this.readings = readings;
        this.shipments = shipments;
    }

    /** What came of the sensor reports of one capture: readings stored now, and the warnings of the job. */
    static final class Tally {
        int stored;
        final List<String> warnings = new ArrayList<>();
    }

    /** The event's readings onto the shipments it concerns; {@code label}: how the job names the event (event 3). */
    void record(String label, CapturedEvent event, Collection<CarrierReference> concerned, Tally tally) {
        if (!event.ignoredSensorReports().isEmpty()) {
            tally.warnings.add(label + ": " + ignored(event.ignoredSensorReports()));
        }
        if (event.sensorReadings().isEmpty() || concerned.isEmpty()) {
            return;
        }
        List<ShipmentId> targets = shipments.locate(concerned).values().stream().map(Located::shipment).distinct()
                .sorted(Comparator.comparing(ShipmentId::toString)).toList();
        Map<String, List<Reading>> byDevice = new LinkedHashMap<>();
        for (SensorReading r : event.sensorReadings()) {
            byDevice.computeIfAbsent(r.device() == null ? derivedId(event) : deviceId(r.device()), d -> new ArrayList<>())
                    .add(r.reading());
        }
        byDevice.forEach((base, batch) -> {
            for (ShipmentId shipment : targets) {
                DeviceId device = new DeviceId(targets.size() == 1 ? base : perShipment(base, shipment));
                store(label, device, shipment, batch, tally);
            }
        });
    }

    private void store(String label, DeviceId device, ShipmentId shipment, List<Reading> batch, Tally tally) {
        List<Binding> bindings;
        try {
            bindings = devices.get(device).bindings();
        } catch (DeviceNotFoundException unknown) {
            try {
                devices.register(device, DeviceKind.DATA_LOGGER, "EPCIS sensor " + device.value());
                bindings = List.of();
            } catch (NameTakenException taken) {
                tally.warnings.add(label + ": device " + device.value() + " is registered by another tenant; its "
                        + batch.size() + " readings were not stored");
                return;
            }
        }
        try {
            tally.stored += readings.record(device, batch).stored();
        } catch (InvalidValueException e) {
            tally.warnings.add(label + ": readings of device " + device.value() + " were not stored: " + e.getMessage());
            return;
        }
        Instant from = batch.stream().map(Reading::at).min(Comparator.naturalOrder()).orElseThrow();
        Instant until = batch.stream().map(Reading::at).max(Comparator.naturalOrder()).orElseThrow().plus(Duration.ofSeconds(1));
        for (Instant[] gap : uncovered(from, until, bindings, shipment)) {
            try {
                devices.bind(device, shipment, gap[0], gap[1]);
            } catch (IllegalTransitionException e) {
                tally.warnings.add(label + ": device " + device.value() + " not bound to shipment " + shipment + ": "
                        + e.getMessage());
            }
        }
    }

    /** The stretches of [from, until) that no binding of the device to {@code shipment} covers yet, earliest first. */
    static List<Instant[]> uncovered(Instant from, Instant until, List<Binding> bindings, ShipmentId shipment) {
        List<Instant[]> gaps = new ArrayList<>();
        Instant cursor = from;
        List<Binding> same = bindings.stream().filter(b -> b.shipment().equals(shipment))
                .sorted(Comparator.comparing(Binding::from)).toList();
        for (Binding b : same) {
            Instant end = b.until() == null ? Instant.MAX : b.until();
            if (!end.isAfter(cursor) || !b.from().isBefore(until)) {
                continue;
            }
            if (b.from().isAfter(cursor)) {
                gaps.add(new Instant[] {cursor, b.from()});
            }
            cursor = end.isAfter(cursor) ? end : cursor;
            if (!cursor.isBefore(until)) {
                return gaps;
            }
        }
        gaps.add(new Instant[] {cursor, until});
        return gaps;
    }

    /** A device id for what an event names its device: as given when valid, else its allowed characters and a hash. */
    static String deviceId(String given) {
        if (DEVICE_ID.matcher(given).matches()) {
            return given;
        }
        String kept = NOT_ALLOWED.matcher(given).replaceAll("_");
        return (kept.length() > 40 ? kept.substring(0, 40) : kept) + "-" + hash(given, 16);
    }

    /** The device of one shipment of several: the id (cut to fit) followed by a hash of the shipment. */
    static String perShipment(String base, ShipmentId shipment) {
        return (base.length() > 53 ? base.substring(0, 53) : base) + "-" + hash(shipment.toString(), 10);
    }

    /** For an event naming no device: one per tenant and what the event first names (an EPC, else its read point). */
    private static String derivedId(CapturedEvent event) {
        String what = !event.epcs().isEmpty() ? event.epcs().getFirst()
                : Objects.requireNonNullElse(event.readPoint(), event.eventId());
        return "epcis-" + hash(TenantScope.requireTenant().value() + "|" + what, 24);
    }

    /** "9 sensor reports not read as conditions: AbsoluteHumidity in A93 (3), Speed in KMH (3), …". */
    private static String ignored(List<String> reports) {
        Map<String, Integer> counts = new TreeMap<>();
        reports.forEach(r -> counts.merge(r, 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((what, n) -> parts.add(what + " (" + n + ")"));
        return reports.size() + " sensor report" + (reports.size() == 1 ? "" : "s") + " not read as conditions: "
                + String.join(", ", parts);
    }

    private static String hash(String text, int hexDigits) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, hexDigits / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
