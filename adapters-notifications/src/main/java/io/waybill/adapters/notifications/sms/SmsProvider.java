package io.waybill.adapters.notifications.sms;

import io.waybill.application.port.out.CustomerChannels.DeliveryFailedException;

/**
 * An SMS gateway (Twilio, MessageBird, a carrier's SMPP, ...): takes a finished text for one number. Providers
 * differ in API and pricing but all need the same three things, so a new one is a new implementation of this
 * interface and {@link SmsChannel} stays as it is. {@link SimulatedSmsProvider} is used unless another bean
 * of this type is present.
 */
public interface SmsProvider {

    /**
     * Hands one text to the provider.
     *
     * @param to             the phone number, E.164 ({@code +491701234567})
     * @param text           the finished text
     * @param idempotencyKey the same for every attempt at this message: a provider that supports it drops repeats
     * @throws DeliveryFailedException when the provider did not take it; permanent when it refused the number
     */
    void send(String to, String text, String idempotencyKey);
}
