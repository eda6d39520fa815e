package io.waybill.application.service;

import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.in.RateDelivery;
import io.waybill.application.port.in.RecordFeedback;
import io.waybill.application.port.out.DeliveryFeedback;
import io.waybill.application.port.out.Orders;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.TrackingId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Feedback links and the feedback they carry. A token is {@code base64url(order id, expiry) . base64url(HMAC-SHA256)}
 * under a server secret: it authorizes exactly one order until it expires, and reveals nothing but the order id.
 */
public class FeedbackService implements RecordFeedback, RateDelivery {

    static final int MAX_COMMENT = 2000;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final DeliveryFeedback store;
    private final Orders orders;
    private final byte[] secret;
    private final Duration validity;
    private final Clock clock;

    public FeedbackService(DeliveryFeedback store, Orders orders, byte[] secret, Duration validity, Clock clock) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the feedback secret needs at least 16 bytes");
        }
        this.store = store;
        this.orders = orders;
        this.secret = secret.clone();
        this.validity = validity;
        this.clock = clock;
    }

    /** A link token for {@code order}, valid for the configured time from now. */
    public String token(OrderId order) {
        ByteBuffer payload = ByteBuffer.allocate(24);
        payload.putLong(order.value().getMostSignificantBits()).putLong(order.value().getLeastSignificantBits())
                .putLong(clock.instant().plus(validity).getEpochSecond());
        byte[] bytes = payload.array();
        return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
    }

    @Override
    public Invitation invitation(String token) {
        Verified verified = verify(token);
        Order order = orderOf(verified);
        return TenantScope.of(order.tenant(), () -> new Invitation(order.orderNumber(), verified.expiresAt(),
                store.of(verified.order()).map(DeliveryFeedback.Feedback::rating)));
    }

    @Override
    public void record(String token, int rating, String comment) {
        Verified verified = verify(token);
        String text = checked(rating, comment);
        add(orderOf(verified), rating, text);
    }

    @Override
    public Optional<Integer> givenRating(TrackingId trackingId) {
        return TenantScope.platform(() -> Optional.ofNullable(orders.idsByTrackingIds(List.of(trackingId)).get(trackingId))
                .flatMap(store::of).map(DeliveryFeedback.Feedback::rating));
    }

    @Override
    public void rate(TrackingId trackingId, int rating, String comment) {
        String text = checked(rating, comment);
        add(TenantScope.platform(() -> orders.byTrackingId(trackingId))
                .orElseThrow(() -> new OrderNotFoundException("with tracking ID " + trackingId.formatted())), rating, text);
    }

    /** The comment as stored, once the rating and the comment are checked. */
    private static String checked(int rating, String comment) {
        if (rating < 1 || rating > 5) {
            throw new InvalidValueException("rating", "from 1 (poor) to 5 (excellent), got " + rating);
        }
        return InvalidValueException.optionalFreeText(comment, "comment", MAX_COMMENT);
    }

    /** Stores the feedback of a delivered order, once. */
    private void add(Order order, int rating, String text) {
        if (order.status() != OrderStatus.DELIVERED && order.status() != OrderStatus.PARTIALLY_DELIVERED) {
            throw new IllegalTransitionException(order.status(), "FEEDBACK", "feedback is for delivered orders");
        }
        if (!TenantScope.of(order.tenant(), () -> store.add(new DeliveryFeedback.Feedback(order.getId(), rating, text, clock.instant())))) {
            throw new IllegalTransitionException("FEEDBACK_GIVEN", "FEEDBACK", "feedback for this order was already recorded");
        }
    }

    /** The link's order, whoever's it is: the signed link is the authority (it was sent to the order's customer). */
    private Order orderOf(Verified verified) {
        return TenantScope.platform(() -> orders.byId(verified.order()))
                .orElseThrow(() -> new FeedbackLinkException("the order no longer exists", false));
    }

    private record Verified(OrderId order, Instant expiresAt) {
    }

    private Verified verify(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        byte[] payload;
        byte[] signature;
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("two parts expected");
            }
            payload = B64D.decode(parts[0]);
            signature = B64D.decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new FeedbackLinkException("the feedback link is damaged; use the link from the delivery message", false);
        }
        if (payload.length != 24 || !MessageDigest.isEqual(mac(payload), signature)) {
            throw new FeedbackLinkException("the feedback link is not valid; use the link from the delivery message", false);
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        OrderId order = new OrderId(new UUID(buffer.getLong(), buffer.getLong()));
        Instant expiresAt = Instant.ofEpochSecond(buffer.getLong());
        if (!clock.instant().isBefore(expiresAt)) {
            throw new FeedbackLinkException("the feedback link expired at " + expiresAt, true);
        }
        return new Verified(order, expiresAt);
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update("waybill-feedback-v1".getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
