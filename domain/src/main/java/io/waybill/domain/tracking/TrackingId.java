package io.waybill.domain.tracking;

import io.waybill.domain.shared.InvalidValueException;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import org.jmolecules.ddd.types.ValueObject;

/**
 * The public tracking ID a customer reads aloud or types in: {@code 8D274-RBVFG-PKA54}.
 *
 * <p>Invariants: 14 random symbols from a 31-symbol alphabet (about 69 random bits, so IDs can be
 * neither guessed nor enumerated) followed by one check symbol, shown in three groups of five. The
 * alphabet is Crockford's base 32 without {@code Z}: no {@code I, L, O, U} (easily misread) and no
 * {@code Z} (read as 2), which leaves 31 symbols, a prime. The check symbol makes the weighted sum
 * {@code sum((i + 1) * value(i))} over all 15 positions divisible by 31. Because 31 is prime and the
 * weights 1..15 are distinct and non-zero modulo 31, every single-symbol substitution and every
 * transposition of two adjacent symbols changes the sum modulo 31 and is detected.
 *
 * <p>Parsing forgives what people do: lower case, missing or extra hyphens and spaces, {@code O} for
 * zero and {@code I}/{@code L} for one.
 */
public record TrackingId(String value) implements ValueObject {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY";
    static final int MODULUS = ALPHABET.length(); // 31, prime
    static final int RANDOM_SYMBOLS = 14;
    static final int LENGTH = RANDOM_SYMBOLS + 1;
    private static final RandomGenerator RANDOM = new SecureRandom();

    public TrackingId {
        value = canonical(value);
    }

    /** A fresh tracking ID from a cryptographically strong random source. */
    public static TrackingId generate() {
        return generate(RANDOM);
    }

    public static TrackingId generate(RandomGenerator random) {
        char[] symbols = new char[LENGTH];
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            symbols[i] = ALPHABET.charAt(random.nextInt(MODULUS));
        }
        symbols[RANDOM_SYMBOLS] = checkSymbol(new String(symbols, 0, RANDOM_SYMBOLS));
        return new TrackingId(new String(symbols));
    }

    /** Parses what a person typed; fails with a message that says what is wrong with it. */
    public static TrackingId parse(String text) {
        return new TrackingId(text);
    }

    /** The ID as printed and read aloud: three groups of five. */
    public String formatted() {
        return value.substring(0, 5) + "-" + value.substring(5, 10) + "-" + value.substring(10);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static String canonical(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("trackingId", "is required");
        }
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (char c : text.toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char n = switch (Character.toUpperCase(c)) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> Character.toUpperCase(c);
            };
            if (ALPHABET.indexOf(n) < 0) {
                throw new InvalidValueException("trackingId",
                        "'" + c + "' is not a tracking ID symbol (digits and letters except U and Z; O, I and L are read as 0 and 1)");
            }
            symbols.append(n);
        }
        if (symbols.length() != LENGTH) {
            throw new InvalidValueException("trackingId",
                    "must have " + LENGTH + " symbols, like 8D274-RBVFG-PKA54 (got " + symbols.length() + ")");
        }
        if (weightedSum(symbols) % MODULUS != 0) {
            throw new InvalidValueException("trackingId",
                    "check symbol does not match: a symbol is mistyped or two are swapped");
        }
        return symbols.toString();
    }

    static char checkSymbol(CharSequence randomSymbols) {
        int partial = weightedSum(randomSymbols) % MODULUS;
        // find c with partial + LENGTH * c == 0 (mod 31)
        for (int c = 0; c < MODULUS; c++) {
            if ((partial + LENGTH * c) % MODULUS == 0) {
                return ALPHABET.charAt(c);
            }
        }
        throw new IllegalStateException("31 is prime: a check symbol always exists");
    }

    private static int weightedSum(CharSequence symbols) {
        int sum = 0;
        for (int i = 0; i < symbols.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(symbols.charAt(i));
        }
        return sum;
    }
}
