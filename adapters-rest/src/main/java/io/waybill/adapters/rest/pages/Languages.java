package io.waybill.adapters.rest.pages;

import java.util.List;
import java.util.Locale;

/** The languages pages speak: English (the default) and German; {@code ?lang=} wins over {@code Accept-Language}. */
final class Languages {

    static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.GERMAN);

    private Languages() {
    }

    static Locale choose(String asked, String accepted) {
        if (asked != null) {
            for (Locale l : SPOKEN) {
                if (l.getLanguage().equalsIgnoreCase(asked.strip())) {
                    return l;
                }
            }
        }
        if (accepted != null && !accepted.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(accepted), SPOKEN);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException unreadable) {
                // a malformed header is no reason to refuse the page
            }
        }
        return Locale.ENGLISH;
    }
}
