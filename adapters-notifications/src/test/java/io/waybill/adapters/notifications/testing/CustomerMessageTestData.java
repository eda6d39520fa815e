package io.waybill.adapters.notifications.testing;

import io.waybill.application.port.out.CustomerChannels.Channel;
import io.waybill.application.port.out.CustomerChannels.CustomerMessage;
import io.waybill.application.port.out.CustomerChannels.Kind;
import java.util.Locale;
import java.util.UUID;

/** Customer messages for the tests: every fact known unless a test says otherwise, a fresh key each time. */
public final class CustomerMessageTestData {

    public static final String EMAIL = "anna.becker@example.com";
    public static final String PHONE = "+491701234567";
    public static final String ORDER_NUMBER = "WB-1001";
    public static final String TRACKING_ID = "TRK7QX2M9";
    public static final String TRACKING_LINK = "https://track.waybill.example/t/TRK7QX2M9";
    public static final String CARRIER = "UPS";
    public static final String CARRIER_NUMBER = "1Z999AA10123456784";
    public static final String WINDOW = "10:00-14:00";
    public static final String PROOF = "signed by A. Becker";
    public static final String DETAIL = "Recipient not at home";

    private CustomerMessageTestData() {
    }

    public static Builder anEmail() {
        return new Builder(Channel.EMAIL, EMAIL);
    }

    public static Builder anSms() {
        return new Builder(Channel.SMS, PHONE);
    }

    public static final class Builder {

        private String key = "msg-" + UUID.randomUUID();
        private final Channel channel;
        private String recipient;
        private Locale language = Locale.ENGLISH;
        private Kind kind = Kind.ORDER_CONFIRMED;
        private String customerName = "Anna Becker";
        private String orderNumber = ORDER_NUMBER;
        private String trackingId = TRACKING_ID;
        private String trackingLink = TRACKING_LINK;
        private String carrier = CARRIER;
        private String carrierTrackingNumber = CARRIER_NUMBER;
        private String deliveryWindow = WINDOW;
        private String proofOfDelivery = PROOF;
        private String detail = DETAIL;

        private Builder(Channel channel, String recipient) {
            this.channel = channel;
            this.recipient = recipient;
        }

        public Builder kind(Kind value) {
            kind = value;
            return this;
        }

        public Builder in(Locale value) {
            language = value;
            return this;
        }

        public Builder to(String value) {
            recipient = value;
            return this;
        }

        public Builder key(String value) {
            key = value;
            return this;
        }

        public Builder customerName(String value) {
            customerName = value;
            return this;
        }

        public Builder detail(String value) {
            detail = value;
            return this;
        }

        public Builder trackingLink(String value) {
            trackingLink = value;
            return this;
        }

        /** Only what the port requires: every fact unknown. */
        public Builder withoutFacts() {
            customerName = null;
            orderNumber = null;
            trackingId = null;
            trackingLink = null;
            carrier = null;
            carrierTrackingNumber = null;
            deliveryWindow = null;
            proofOfDelivery = null;
            detail = null;
            return this;
        }

        public CustomerMessage build() {
            return new CustomerMessage(key, channel, recipient, language, kind, customerName, orderNumber, trackingId,
                    trackingLink, carrier, carrierTrackingNumber, deliveryWindow, proofOfDelivery, detail, null);
        }
    }
}
