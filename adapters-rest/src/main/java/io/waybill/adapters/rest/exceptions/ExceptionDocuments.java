package io.waybill.adapters.rest.exceptions;

import io.waybill.application.shared.ExceptionQueue;
import io.waybill.domain.exceptions.ExceptionAction;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.exceptions.ExceptionState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documents of the exceptions queue. */
public final class ExceptionDocuments {

    private ExceptionDocuments() {
    }

    /**
     * One action on an item. {@code assignee}: for ASSIGN only (required there); {@code text}: the note for NOTE
     * (required), how it was resolved for RESOLVE (optional), not for ACKNOWLEDGE or ASSIGN. {@code version}: the item's
     * as you read it; when given and no longer the item's, 409 and nothing is done.
     */
    public record ActionRequest(
            @Schema(required = true, enumeration = {"ACKNOWLEDGE", "ASSIGN", "NOTE", "RESOLVE"}) String action,
            @Schema(maxLength = ExceptionItem.MAX_ASSIGNEE, description = "Who works on it (ASSIGN)") String assignee,
            @Schema(maxLength = ExceptionAction.MAX_TEXT, description = "The note (NOTE), or how it was resolved (RESOLVE)") String text,
            @Schema(minimum = "0", description = "The item's version as you read it") Long version) {
    }

    /** An item of the queue. {@code overdue}: open and past its deadline. */
    @Schema(name = "ExceptionItem")
    public record ItemDocument(@Schema(required = true) UUID id, @Schema(required = true) UUID orderId,
            @Schema(required = true) String orderNumber, @Schema(required = true) UUID shipmentId,
            @Schema(required = true) ExceptionKind kind, @Schema(required = true, description = "Why it needs a person, in words") String reason,
            @Schema(required = true) ExceptionState state, @Schema(required = true) Instant openedAt,
            @Schema(required = true, description = "By when it must be acknowledged before it escalates (again)") Instant deadline,
            @Schema(required = true) boolean overdue, @Schema(required = true, nullable = true) String assignee,
            @Schema(required = true, description = "Levels of the escalation chain it went up; 0 before the first") int escalationLevel,
            @Schema(required = true, nullable = true) Instant escalatedAt, @Schema(required = true, nullable = true) Instant resolvedAt,
            @Schema(required = true, nullable = true) String resolvedBy,
            @Schema(required = true, description = "Send it back with an action to act only on what you read") long version) {

        static ItemDocument of(ExceptionItem i, Instant now) {
            return new ItemDocument(i.getId().value(), i.order().value(), i.orderNumber(), i.shipment().value(), i.kind(), i.reason(),
                    i.state(), i.openedAt(), i.deadline(), i.isOverdue(now), i.assignee(), i.escalationLevel(), i.escalatedAt(),
                    i.resolvedAt(), i.resolvedBy(), i.version());
        }
    }

    /** One line of the audit trail: who ({@code system}: Waybill itself) did what, when. */
    @Schema(name = "ExceptionAction")
    public record ActionDocument(@Schema(required = true) Instant at, @Schema(required = true) String actor,
            @Schema(required = true) ExceptionAction.Type action, @Schema(required = true, nullable = true) String text) {

        static ActionDocument of(ExceptionAction a) {
            return new ActionDocument(a.at(), a.actor(), a.type(), a.text());
        }
    }

    /** An item with its audit trail, oldest first. */
    @Schema(name = "ExceptionDetail")
    public record DetailDocument(@Schema(required = true) ItemDocument item, @Schema(required = true) List<ActionDocument> actions) {

        static DetailDocument of(ExceptionQueue.Detail d, Instant now) {
            return new DetailDocument(ItemDocument.of(d.item(), now), d.actions().stream().map(ActionDocument::of).toList());
        }
    }

    /** One page of the queue, the earliest deadline first. */
    @Schema(name = "ExceptionPage")
    public record PageDocument(@Schema(required = true) List<ItemDocument> items, @Schema(required = true) int page,
            @Schema(required = true) int size, @Schema(required = true) long total) {

        static PageDocument of(ExceptionQueue.Page p, Instant now) {
            return new PageDocument(p.items().stream().map(i -> ItemDocument.of(i, now)).toList(), p.page(), p.size(), p.total());
        }
    }
}
