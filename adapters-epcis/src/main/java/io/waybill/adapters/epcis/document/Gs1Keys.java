package io.waybill.adapters.epcis.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GS1 keys read out of the identifiers EPCIS events carry: the GLN of a location and the SSCC of a logistic unit,
 * whether written as an EPC URN ({@code urn:epc:id:sgln:...}, {@code urn:epc:id:sscc:...}) or as a GS1 Digital Link
 * ({@code https://id.gs1.org/414/...}, {@code .../00/...}). A key is returned only when its check digit is right, so a
 * mistyped identifier is never taken for a real location or pallet.
 */
public final class Gs1Keys {

    private static final Pattern SGLN = Pattern.compile("urn:epc:id:sgln:(\\d{6,12})\\.(\\d{0,6})\\.(.*)");
    private static final Pattern SSCC = Pattern.compile("urn:epc:id:sscc:(\\d{6,12})\\.(\\d{5,11})");
    private static final Pattern LINK_GLN = Pattern.compile("https?://[^/?#]+(?:/[^?#]*)?/(?:414|gln)/(\\d{13})(?:[/?#].*)?");
    private static final Pattern LINK_SSCC = Pattern.compile("https?://[^/?#]+(?:/[^?#]*)?/(?:00|sscc)/(\\d{18})(?:[/?#].*)?");

    private Gs1Keys() {
    }

    /** The 13-digit GLN in an SGLN URN or a Digital Link with AI 414; empty for anything else or a wrong check digit. */
    public static Optional<String> gln(String identifier) {
        if (identifier == null) {
            return Optional.empty();
        }
        Matcher urn = SGLN.matcher(identifier.strip());
        if (urn.matches()) {
            String body = urn.group(1) + urn.group(2);
            return body.length() == 12 ? Optional.of(body + checkDigit(body)) : Optional.empty();
        }
        Matcher link = LINK_GLN.matcher(identifier.strip());
        return link.matches() && hasValidCheckDigit(link.group(1)) ? Optional.of(link.group(1)) : Optional.empty();
    }

    /** The 18-digit SSCC in an SSCC URN or a Digital Link with AI 00; empty for anything else or a wrong check digit. */
    public static Optional<String> sscc(String identifier) {
        if (identifier == null) {
            return Optional.empty();
        }
        Matcher urn = SSCC.matcher(identifier.strip());
        if (urn.matches()) {
            String serialReference = urn.group(2);
            String body = serialReference.charAt(0) + urn.group(1) + serialReference.substring(1);
            return body.length() == 17 ? Optional.of(body + checkDigit(body)) : Optional.empty();
        }
        Matcher link = LINK_SSCC.matcher(identifier.strip());
        return link.matches() && hasValidCheckDigit(link.group(1)) ? Optional.of(link.group(1)) : Optional.empty();
    }

    /** The GS1 mod-10 check digit (GS1 General Specifications 7.9.1) of a key written without it. */
    public static int checkDigit(String digitsWithoutCheck) {
        int sum = 0;
        for (int i = 0; i < digitsWithoutCheck.length(); i++) {
            int digit = digitsWithoutCheck.charAt(digitsWithoutCheck.length() - 1 - i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("not a GS1 key: " + digitsWithoutCheck);
            }
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether the last digit of an all-digit key is its check digit. */
    public static boolean hasValidCheckDigit(String key) {
        if (key == null || key.length() < 2 || !key.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return checkDigit(key.substring(0, key.length() - 1)) == key.charAt(key.length() - 1) - '0';
    }
}
