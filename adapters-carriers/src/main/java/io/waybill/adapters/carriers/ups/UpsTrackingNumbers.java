package io.waybill.adapters.carriers.ups;

import java.util.regex.Pattern;

/**
 * UPS 1Z tracking numbers: "1Z", 6 characters of shipper number, 2 of service, 7 of package reference, 1
 * check digit. The check digit is a mod-10 over the 15 characters after "1Z", letters first mapped to digits
 * ((letter - 'A' + 2) mod 10, so A=2 ... H=9, I=0, J=1 ...): digits in odd positions summed once, in even
 * positions twice; the check digit brings the total to a multiple of ten.
 */
final class UpsTrackingNumbers {

    private static final Pattern ONE_Z = Pattern.compile("1Z[0-9A-Z]{16}");

    private UpsTrackingNumbers() {
    }

    static boolean looksLikeOneZ(String number) {
        return ONE_Z.matcher(number).matches();
    }

    /** Whether {@code number} is a 1Z number with a correct check digit. */
    static boolean validOneZ(String number) {
        if (!looksLikeOneZ(number)) {
            return false;
        }
        int sum = 0;
        for (int i = 2; i < 17; i++) {
            int value = valueOf(number.charAt(i));
            int position = i - 1; // 1-based position within the 15 characters
            sum += position % 2 == 0 ? 2 * value : value;
        }
        int check = (10 - sum % 10) % 10;
        return number.charAt(17) == (char) ('0' + check);
    }

    private static int valueOf(char c) {
        return Character.isDigit(c) ? c - '0' : (c - 'A' + 2) % 10;
    }
}
