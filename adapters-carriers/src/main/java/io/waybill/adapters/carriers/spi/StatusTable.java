package io.waybill.adapters.carriers.spi;

import io.waybill.domain.tracking.Milestone;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One carrier's status codes and what they mean in Waybill: a milestone and a reason. Keyed by the carrier's
 * own code, so the same code of two carriers never mixes (FedEx {@code AF} is not X12 {@code AF}). Only carrier
 * milestones can be mapped; a code that is not here is unmapped (see {@link CarrierAdapter}).
 */
public final class StatusTable {

    /** What a code means. */
    public record Entry(String code, Milestone milestone, String reason) {
    }

    private final String carrier;
    private final Map<String, Entry> entries;

    private StatusTable(String carrier, Map<String, Entry> entries) {
        this.carrier = carrier;
        this.entries = Map.copyOf(entries);
    }

    public static Builder of(String carrier) {
        return new Builder(carrier);
    }

    /** The meaning of {@code code} (case-insensitive), empty when the table does not know it. */
    public Optional<Entry> lookup(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entries.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public int size() {
        return entries.size();
    }

    @Override
    public String toString() {
        return carrier + " status table (" + entries.size() + " codes)";
    }

    /** Builds a table, refusing duplicate codes and milestones only a warehouse or Waybill reports. */
    public static final class Builder {

        private final String carrier;
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private Builder(String carrier) {
            this.carrier = carrier;
        }

        public Builder map(String code, Milestone milestone, String reason) {
            String key = code.strip().toUpperCase(Locale.ROOT);
            if (!milestone.isCarrierMilestone()) {
                throw new IllegalArgumentException(carrier + " " + key + ": " + milestone + " is not a carrier milestone");
            }
            if (entries.putIfAbsent(key, new Entry(key, milestone, reason)) != null) {
                throw new IllegalArgumentException(carrier + " " + key + " is mapped twice");
            }
            return this;
        }

        public StatusTable build() {
            return new StatusTable(carrier, entries);
        }
    }
}
