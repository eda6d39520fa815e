package io.waybill.adapters.rest.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.waybill.adapters.rest.orders.OrderDocuments.PlaceOrderRequest;
import io.waybill.application.port.in.PlaceOrder;
import io.waybill.application.port.in.PlaceOrderIdempotently;
import io.waybill.application.port.in.PlaceOrderIdempotently.Placement;
import io.waybill.application.shared.IdempotencyKey;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Places an order, under the caller's {@code Idempotency-Key} when it sent one. Two requests are the same when their
 * documents are, as read: white space, the order of fields and fields the API does not know make no difference.
 */
@Singleton
class OrderPlacement {

    private static final int CREATED = 201;

    private final PlaceOrder placeOrder;
    private final PlaceOrderIdempotently placeOnce;
    private final ObjectMapper json;

    OrderPlacement(PlaceOrder placeOrder, PlaceOrderIdempotently placeOnce, ObjectMapper json) {
        this.placeOrder = placeOrder;
        this.placeOnce = placeOnce;
        this.json = json;
    }

    /** {@code idempotencyKeys}: the header's values as sent (an empty one too), none or null without the header. */
    Placement place(List<String> idempotencyKeys, PlaceOrderRequest request, PlaceOrder.Command command) {
        if (idempotencyKeys == null || idempotencyKeys.isEmpty()) {
            return new Placement(placeOrder.place(command), CREATED, false);
        }
        if (idempotencyKeys.size() > 1) {
            throw new InvalidValueException(IdempotencyKey.FIELD, "was sent " + idempotencyKeys.size() + " times; send one key");
        }
        IdempotencyKey key = IdempotencyKey.parse(idempotencyKeys.getFirst());
        return placeOnce.place(TenantScope.requireTenant(), key, fingerprint(request), command);
    }

    /** The hex SHA-256 of the request document as the API writes it back. */
    String fingerprint(PlaceOrderRequest request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request document read is always writable", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
