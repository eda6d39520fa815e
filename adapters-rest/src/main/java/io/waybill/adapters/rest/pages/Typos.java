package io.waybill.adapters.rest.pages;

import io.waybill.domain.tracking.TrackingId;

/** Says in the customer's words what is wrong with a typed tracking ID (the ID's own rules: {@link TrackingId}). */
final class Typos {

    private Typos() {
    }

    static String explain(String typed, TrackTexts t) {
        int count = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = switch (Character.toUpperCase(c)) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> Character.toUpperCase(c);
            };
            if (TrackingId.ALPHABET.indexOf(read) < 0) {
                return t.typoSymbol(String.valueOf(c));
            }
            count++;
        }
        return count == 15 ? t.typoCheck() : t.typoLength(count);
    }
}
