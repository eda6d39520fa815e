package io.waybill.adapters.carriers.spi;

import io.waybill.domain.tracking.Milestone;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One carrier's status codes and what they mean in Waybill: a milestone and a reason. Keyed by the carrier's
 * own code, so the same code of two carriers never mixes (FedEx {@code AF} is not X12 {@code AF}). Only carrier
 * milestones can be mapped; a code that is not here is unmapped (see {@link CarrierAdapter}). A code can also be
 * listed as <em>not a status</em> (a label created, an estimate, a cancellation): it stays unmapped on purpose, and
 * the table says why, so a table test can tell a deliberate gap from a forgotten one.
 *
 * <p>Tables read from a data file ({@link #fromResource}) keep, per row, the published source the code comes from:
 * {@code code|MILESTONE|description|source}, with {@code -} as milestone for a code that is not a status and
 * {@code #} starting a comment line.
 */
public final class StatusTable {

    /** What a code means. */
    public record Entry(String code, Milestone milestone, String reason) {
    }

    private final String carrier;
    private final Map<String, Entry> entries;
    private final Map<String, String> notStatuses;

    private StatusTable(String carrier, Map<String, Entry> entries, Map<String, String> notStatuses) {
        this.carrier = carrier;
        this.entries = Map.copyOf(entries);
        this.notStatuses = Map.copyOf(notStatuses);
    }

    /**
     * Reads a table from a data file next to {@code anchor} (see the class comment for its format). A malformed
     * line, an unknown milestone or a row without a source fails: the tables are part of the code.
     */
    public static StatusTable fromResource(String carrier, Class<?> anchor, String name) {
        Builder builder = of(carrier);
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(carrier + " status table " + name + " not found next to " + anchor.getSimpleName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\\|", -1);
                if (columns.length != 4 || columns[0].isBlank() || columns[3].isBlank()) {
                    throw new IllegalStateException(name + " line " + number + ": expected code|MILESTONE|description|source");
                }
                String reason = columns[2].strip();
                if (columns[1].strip().equals("-")) {
                    builder.notAStatus(columns[0], reason);
                } else {
                    builder.map(columns[0], Milestone.valueOf(columns[1].strip()), reason);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        return builder.build();
    }

    public static Builder of(String carrier) {
        return new Builder(carrier);
    }

    /** The meaning of {@code code} (case-insensitive), empty when the table does not know it. */
    public Optional<Entry> lookup(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entries.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** Why {@code code} is deliberately not a status, empty when it is mapped or not known at all. */
    public Optional<String> notAStatus(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(notStatuses.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Why {@code code} becomes an {@link Unmapped}: "{@code <what> XX is not a status: <reason>}" for a code listed as
     * not a status, "{@code unknown <what> XX}" for one the table does not know.
     */
    public String whyUnmapped(String what, String code) {
        return notAStatus(code).map(reason -> what + " " + code + " is not a status: " + reason).orElse("unknown " + what + " " + code);
    }

    /** Every code the table knows, mapped or deliberately not a status, sorted. */
    public Set<String> codes() {
        Set<String> all = new TreeSet<>(entries.keySet());
        all.addAll(notStatuses.keySet());
        return all;
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
        private final Map<String, String> notStatuses = new LinkedHashMap<>();

        private Builder(String carrier) {
            this.carrier = carrier;
        }

        public Builder map(String code, Milestone milestone, String reason) {
            String key = code.strip().toUpperCase(Locale.ROOT);
            if (!milestone.isCarrierMilestone()) {
                throw new IllegalArgumentException(carrier + " " + key + ": " + milestone + " is not a carrier milestone");
            }
            if (notStatuses.containsKey(key) || entries.putIfAbsent(key, new Entry(key, milestone, reason)) != null) {
                throw new IllegalArgumentException(carrier + " " + key + " is mapped twice");
            }
            return this;
        }

        /** Lists {@code code} as deliberately not a status: it stays unmapped, for the reason given. */
        public Builder notAStatus(String code, String reason) {
            String key = code.strip().toUpperCase(Locale.ROOT);
            if (entries.containsKey(key) || notStatuses.putIfAbsent(key, reason) != null) {
                throw new IllegalArgumentException(carrier + " " + key + " is mapped twice");
            }
            return this;
        }

        public StatusTable build() {
            return new StatusTable(carrier, entries, notStatuses);
        }
    }
}
