package io.waybill.application.service.notification;

import io.waybill.domain.order.OrderId;
import java.util.Optional;
import java.util.function.Function;

/**
 * The links customer messages carry.
 *
 * @param tracking       where customers follow their order, with {@code {trackingId}} in it (the shop's tracking page,
 *                       or Waybill's public tracking view)
 * @param feedback       where customers rate a delivery, with {@code {token}} in it
 * @param feedbackTokens the signed feedback token of an order (for delivery messages), or null for no feedback links
 */
public record MessageLinks(String tracking, String feedback, Function<OrderId, String> feedbackTokens) {

    String tracking(String trackingId) {
        return tracking.replace("{trackingId}", trackingId);
    }

    Optional<String> feedback(OrderId order) {
        return feedbackTokens == null ? Optional.empty() : Optional.of(feedback.replace("{token}", feedbackTokens.apply(order)));
    }
}
