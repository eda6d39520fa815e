package io.waybill.application.port.in;

/** The first request with an idempotency key is still being carried out when the same key comes again. */
public class IdempotencyKeyInUseException extends RuntimeException {

    public IdempotencyKeyInUseException(String key) {
        super("the first request with idempotency key '" + key + "' is still being carried out; send it again in a moment"
                + " to get its answer");
    }
}
