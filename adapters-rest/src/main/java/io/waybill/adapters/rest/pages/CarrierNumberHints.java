package io.waybill.adapters.rest.pages;

import io.waybill.application.port.in.RecogniseCarrierNumbers;
import io.waybill.application.shared.CarrierCandidate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What to say when something typed as a tracking ID is not one: a carrier's tracking number said to be one (the
 * carriers' own recognition), else the typo it most likely is ({@link Typos}). Text shaped like a tracking ID (three
 * groups of five) is always a typo, even when a carrier's pattern would take it.
 */
final class CarrierNumberHints {

    private static final Pattern GROUPED_LIKE_AN_ID = Pattern.compile("\\s*\\w{5}[-\\s]\\w{5}[-\\s]\\w{5}\\s*");
    private static final Map<String, String> NAMES = Map.of("ups", "UPS", "fedex", "FedEx", "usps", "USPS", "dhl", "DHL",
            "royalmail", "Royal Mail", "canadapost", "Canada Post", "sim", "Waybill's demo carrier");

    private CarrierNumberHints() {
    }

    static String explain(String typed, TrackTexts t, RecogniseCarrierNumbers carriers) {
        if (!GROUPED_LIKE_AN_ID.matcher(typed).matches()) {
            List<String> names = carriers.carriersOf(typed).stream().map(CarrierCandidate::carrier)
                    .map(c -> NAMES.getOrDefault(c, c.toUpperCase(Locale.ROOT))).distinct().limit(3).toList();
            if (!names.isEmpty()) {
                return t.carrierNumber(String.join(" " + t.or() + " ", names));
            }
        }
        return Typos.explain(typed, t);
    }
}
