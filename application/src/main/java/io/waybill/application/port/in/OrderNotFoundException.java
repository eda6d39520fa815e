package io.waybill.application.port.in;

/** No order matches the identifier given. */
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String what) {
        super("no order " + what);
    }
}
