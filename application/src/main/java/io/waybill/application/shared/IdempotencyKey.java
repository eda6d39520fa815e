package io.waybill.application.shared;

import io.waybill.domain.shared.InvalidValueException;

/**
 * A client's idempotency key ({@code Idempotency-Key} header): 1 to 200 visible ASCII characters, no spaces or control
 * characters; a UUID is a good one. A structured-header string ({@code "..."}) is read without its quotes.
 */
public record IdempotencyKey(String value) {

    public static final String FIELD = "Idempotency-Key";
    public static final int MAX_LENGTH = 200;

    public IdempotencyKey {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException(FIELD, "is empty; send 1 to " + MAX_LENGTH + " visible ASCII characters, such as a UUID");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(FIELD, "is " + value.length() + " characters long; at most " + MAX_LENGTH);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                throw new InvalidValueException(FIELD, "holds a character that is not visible ASCII at position " + i
                        + " (a space, a control character or a non-ASCII letter); use letters, digits and -_.:");
            }
        }
    }

    /** The key as sent in the header: surrounding white space dropped, the quotes of a structured-header string too. */
    public static IdempotencyKey parse(String header) {
        String text = header == null ? "" : header.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return new IdempotencyKey(text);
    }
}
