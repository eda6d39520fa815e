package io.waybill.adapters.notifications.customer;

import io.waybill.adapters.notifications.email.EmailChannel;
import io.waybill.adapters.notifications.sms.SmsChannel;
import io.waybill.application.port.out.CustomerChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The {@link CustomerChannels} the application gets: each message goes to the channel it names. The channels
 * themselves are typed to their own classes, so this is the only bean of the port's type and injecting
 * {@code CustomerChannels} is never ambiguous. A new channel is a new {@code Channel} constant, which the
 * exhaustive switch below refuses to compile without.
 */
@ApplicationScoped
public class CustomerChannelsByType implements CustomerChannels {

    private final EmailChannel email;
    private final SmsChannel sms;

    @Inject
    public CustomerChannelsByType(EmailChannel email, SmsChannel sms) {
        this.email = email;
        this.sms = sms;
    }

    @Override
    public void send(CustomerMessage message) {
        switch (message.channel()) {
            case EMAIL -> email.send(message);
            case SMS -> sms.send(message);
        }
    }
}
