package io.waybill.adapters.carriers.spi;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which carriers a tracking number could belong to. Asks every adapter and returns all candidates, most
 * confident first: the caller (or a person) chooses, the detection never silently guesses one.
 */
public final class CarrierDetection {

    private static final Comparator<Recognition> MOST_CONFIDENT_FIRST = Comparator
            .comparingDouble(Recognition::confidence).reversed()
            .thenComparing(recognition -> recognition.carrier().value());

    private final List<CarrierAdapter> adapters;

    public CarrierDetection(List<? extends CarrierAdapter> adapters) {
        this.adapters = List.copyOf(adapters);
    }

    /** Every carrier that recognises {@code trackingNumber} (spaces and case ignored), most confident first; empty when none does. */
    public List<Recognition> candidates(String trackingNumber) {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            return List.of();
        }
        String normalized = trackingNumber.replace(" ", "").strip().toUpperCase(Locale.ROOT);
        return adapters.stream()
                .map(adapter -> adapter.recognise(normalized))
                .flatMap(Optional::stream)
                .sorted(MOST_CONFIDENT_FIRST)
                .toList();
    }
}
