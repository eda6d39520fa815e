package io.waybill.application.fakes;

import io.waybill.application.port.out.CustomerChannels.DeliveryFailedException;
import io.waybill.application.port.out.WebhookSender;
import java.util.ArrayList;
import java.util.List;

/** A webhook sender that remembers every call answered, and fails them while told to. Thread-safe. */
public class RecordingWebhookSender implements WebhookSender {

    private final List<Call> answered = new ArrayList<>();
    private int failWith;

    @Override
    public synchronized void send(Call call) {
        if (failWith != 0) {
            throw new DeliveryFailedException("receiver answered " + failWith, failWith / 100 == 4 && failWith != 408 && failWith != 429,
                    null);
        }
        answered.add(call);
    }

    /** From now on every call is answered with {@code status} (an error); 0 answers them again. */
    public synchronized void answer(int status) {
        failWith = status;
    }

    /** Every call answered 2xx, in order. */
    public synchronized List<Call> answered() {
        return List.copyOf(answered);
    }
}
