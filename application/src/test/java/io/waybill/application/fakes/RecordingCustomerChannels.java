package io.waybill.application.fakes;

import io.waybill.application.port.out.CustomerChannels;
import java.util.ArrayList;
import java.util.List;

/** Customer channels that remember every message taken, and refuse them while told to. Thread-safe. */
public class RecordingCustomerChannels implements CustomerChannels {

    private final List<CustomerMessage> sent = new ArrayList<>();
    private DeliveryFailedException refusal;

    @Override
    public synchronized void send(CustomerMessage message) {
        if (refusal != null) {
            throw refusal;
        }
        sent.add(message);
    }

    /** From now on every message fails with {@code message}; null takes them again. */
    public synchronized void refuse(String message, boolean permanent) {
        refusal = message == null ? null : new DeliveryFailedException(message, permanent, null);
    }

    /** Every message taken, in order. */
    public synchronized List<CustomerMessage> sent() {
        return List.copyOf(sent);
    }
}
