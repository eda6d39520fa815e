package io.waybill.domain.tracking;

import io.waybill.domain.shared.InvalidValueException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/**
 * The name of a town, city or region, fit to be shown to anyone holding a tracking ID. Carriers send place names as
 * free text, and free text carries what it should not: a receiver's name, a street address, a phone number, markup.
 * So a place name is only what a place name looks like, and anything else is dropped, never repaired.
 *
 * <p>Invariants: 1 to {@value #MAX_LENGTH} characters after trimming, in Unicode NFC; starts with a letter; only
 * letters, combining marks, spaces and {@code - ' ’ . ( )}; no digit (house numbers, postcodes, phone numbers), so
 * no {@code @ < > & " = / :} either (e-mail addresses, markup, links); at most {@value #MAX_WORDS} words; no word that
 * marks a street ({@code Street}, {@code Rd}, {@code Way}, {@code …straße}, …) or a person ({@code Mr}, {@code Frau},
 * {@code signed}, {@code left with}, …).
 */
public record PlaceName(String value) implements ValueObject {

    public static final int MAX_LENGTH = 64;
    public static final int MAX_WORDS = 6;

    private static final Pattern SHAPE = Pattern.compile("\\p{L}[\\p{L}\\p{M} .'’()-]*");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{M}]+");
    private static final Set<String> STREET_WORDS = Set.of("street", "str", "road", "rd", "way", "avenue", "ave",
            "lane", "ln", "drive", "dr", "boulevard", "blvd", "close", "court", "ct", "square", "sq", "strasse", "straße",
            "gasse", "weg", "allee", "platz", "ring", "rue", "via", "calle", "floor", "flat", "apt", "suite", "unit");
    private static final Set<String> PERSON_WORDS = Set.of("mr", "mrs", "ms", "miss", "herr", "frau", "signed", "left",
            "received", "receiver", "neighbour", "neighbor", "nachbar", "attn");
    private static final String[] STREET_ENDINGS = {"straße", "strasse", "str", "gasse", "allee"};

    public PlaceName {
        value = InvalidValueException.requiredText(value, "placeName", MAX_LENGTH);
        String refused = refusal(value);
        if (refused != null) {
            throw new InvalidValueException("placeName", refused);
        }
    }

    /** The text as a place name, or empty when it is absent or does not look like one (it is then not shown at all). */
    public static Optional<PlaceName> vetted(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalized = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        return normalized.length() > MAX_LENGTH || refusal(normalized) != null ? Optional.empty()
                : Optional.of(new PlaceName(normalized));
    }

    /** Why {@code text} is no place name, or null when it is one. */
    private static String refusal(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return "must start with a letter and hold only letters, spaces and - ' . ( ) (no digits, no @ < > & \" = / :)";
        }
        String[] words = WORD.split(text.toLowerCase(Locale.ROOT).strip());
        if (words.length > MAX_WORDS) {
            return "has more than " + MAX_WORDS + " words";
        }
        for (String word : words) {
            if (STREET_WORDS.contains(word) || endsLikeAStreet(word)) {
                return "looks like a street address";
            }
            if (PERSON_WORDS.contains(word)) {
                return "looks like it names a person";
            }
        }
        return null;
    }

    private static boolean endsLikeAStreet(String word) {
        for (String ending : STREET_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return value;
    }
}
