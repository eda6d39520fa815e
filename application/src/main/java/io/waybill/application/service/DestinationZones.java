package io.waybill.application.service;

import io.waybill.domain.order.DeliveryAddress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone a delivery address lies in, so that an estimate reads in the customer's own clock: by the region (US
 * state, Canadian province, Australian state) where the country spans several zones, else by the country; UTC for a
 * country the table does not know. The table and its origin: {@code destination-zones.tsv} beside this class.
 */
final class DestinationZones {

    private static final Map<String, ZoneId> ZONES = load();

    private DestinationZones() {
    }

    static ZoneId of(DeliveryAddress address) {
        String country = address.countryCode();
        if (address.region() != null) {
            ZoneId byRegion = ZONES.get(country + "/" + address.region().trim().toUpperCase(Locale.ROOT));
            if (byRegion != null) {
                return byRegion;
            }
        }
        return ZONES.getOrDefault(country, ZoneOffset.UTC);
    }

    private static Map<String, ZoneId> load() {
        Map<String, ZoneId> zones = new HashMap<>();
        try (InputStream in = DestinationZones.class.getResourceAsStream("destination-zones.tsv")) {
            if (in == null) {
                throw new IllegalStateException("destination-zones.tsv is missing from the application jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                zones.put(cells[1].isEmpty() ? cells[0] : cells[0] + "/" + cells[1], ZoneId.of(cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(zones);
    }
}
