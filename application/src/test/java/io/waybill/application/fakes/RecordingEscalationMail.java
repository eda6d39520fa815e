package io.waybill.application.fakes;

import io.waybill.application.port.out.CustomerChannels.DeliveryFailedException;
import io.waybill.application.port.out.EscalationMail;
import java.util.ArrayList;
import java.util.List;

/** Keeps the escalation e-mails instead of sending them; while {@link #failing} the mail server refuses them. */
public class RecordingEscalationMail implements EscalationMail {

    private final List<Notice> sent = new ArrayList<>();
    private volatile boolean failing;

    public void failing(boolean refuse) {
        failing = refuse;
    }

    @Override
    public synchronized void send(Notice notice) {
        if (failing) {
            throw new DeliveryFailedException("421 mail server busy", false, null);
        }
        sent.add(notice);
    }

    public synchronized List<Notice> sent() {
        return List.copyOf(sent);
    }
}
