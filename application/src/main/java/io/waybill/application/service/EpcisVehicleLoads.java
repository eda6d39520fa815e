package io.waybill.application.service;

import io.waybill.application.port.in.ManageVehicles;
import io.waybill.application.port.out.Shipments;
import io.waybill.application.port.out.Shipments.CarrierReference;
import io.waybill.application.port.out.Shipments.Located;
import io.waybill.application.shared.CapturedEvent;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.telemetry.VehicleId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parcels aggregated onto a vehicle or container are loaded onto it: an AggregationEvent whose parent is a GS1
 * individual or returnable asset (GIAI, GRAI: a trailer, a swap body, a reefer container, a roll cage) loads the
 * shipments of its children onto that vehicle at the event's time (ADD) or unloads them (DELETE), so that the devices
 * mounted on it tell about them ({@link VehicleService}). A pallet (SSCC) is not a vehicle: it stays a pallet.
 */
final class EpcisVehicleLoads {

    private static final Pattern FITS = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final ManageVehicles vehicles;
    private final Shipments shipments;

    EpcisVehicleLoads(ManageVehicles vehicles, Shipments shipments) {
        this.vehicles = vehicles;
        this.shipments = shipments;
    }

    /**
     * The vehicle an EPCIS parent names: a GIAI or GRAI as an EPC URN or a GS1 Digital Link (AI 8004, 8003). Its id is the
     * parent as sent when it fits a vehicle id, else {@code asset-} and 16 hex digits of its SHA-256 (the same parent,
     * the same vehicle).
     */
    static Optional<VehicleId> vehicleOf(String parent) {
        if (parent == null) {
            return Optional.empty();
        }
        String lower = parent.toLowerCase(Locale.ROOT);
        boolean asset = lower.startsWith("urn:epc:id:giai:") || lower.startsWith("urn:epc:id:grai:")
                || lower.matches("https?://[^/]+(/.*)?/(8004|8003)/.+");
        if (!asset) {
            return Optional.empty();
        }
        return Optional.of(new VehicleId(FITS.matcher(parent).matches() ? parent : "asset-" + sha256(parent).substring(0, 16)));
    }

    /** Loads (or unloads) the event's shipments; what cannot be done is a warning of the capture job. */
    void apply(String label, CapturedEvent event, Collection<CarrierReference> concerned, List<String> warnings) {
        Optional<VehicleId> vehicle = vehicleOf(event.parentId());
        if (vehicle.isEmpty() || concerned.isEmpty()) {
            return;
        }
        boolean unload = "DELETE".equals(event.action());
        for (Located located : shipments.locate(concerned).values()) {
            ShipmentId shipment = located.shipment();
            try {
                if (unload) {
                    vehicles.unload(vehicle.get(), shipment, event.eventTime());
                } else {
                    vehicles.load(vehicle.get(), shipment, event.eventTime(), null);
                }
            } catch (IllegalTransitionException e) {
                warnings.add(label + ": shipment " + shipment + " was not " + (unload ? "unloaded from " : "loaded onto ")
                        + vehicle.get().value() + ": " + e.getMessage());
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
