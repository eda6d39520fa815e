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

    private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    /**
     * UPU S10 ("Identification of postal items", {@code FQ087430672GB}): whether the tenth character is the check digit of
     * the eight serial digits before it (weights 8, 6, 4, 2, 3, 5, 9, 7; 11 minus the sum mod 11, 10 becomes 0, 11 becomes
     * 5). The caller checks the shape (two letters, nine digits, the operator's country code).
     */
    public static boolean s10CheckDigitIsValid(String number) {
        int sum = 0;
        for (int i = 0; i < S10_WEIGHTS.length; i++) {
            sum += (number.charAt(2 + i) - '0') * S10_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return number.charAt(10) - '0' == (check == 10 ? 0 : check == 11 ? 5 : check);
    }
}
