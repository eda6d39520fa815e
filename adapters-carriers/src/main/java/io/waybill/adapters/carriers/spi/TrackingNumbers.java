package io.waybill.adapters.carriers.spi;

import java.util.Locale;

/** Helpers for recognising tracking numbers, shared by the carrier adapters. */
public final class TrackingNumbers {

    private TrackingNumbers() {
    }

    /** A tracking number as carriers compare them: no spaces, upper case. */
    public static String normalize(String raw) {
        return raw.replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }

    /** GS1 mod 10: from the rightmost data digit, weights 3, 1, 3, ...; the check digit completes a multiple of ten. */
    public static boolean gs1Mod10(String digits) {
        int last = digits.length() - 1;
        int sum = 0;
        for (int i = last - 1, w = 0; i >= 0; i--, w++) {
            sum += (digits.charAt(i) - '0') * (w % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10 == digits.charAt(last) - '0';
    }
}
