package io.waybill.application.port.out;

import io.waybill.domain.order.ShipmentId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The condition breaches the delay-risk rules hear: a shipment whose devices measured it outside its condition profile
 * has a {@code CONDITION_EXCURSION} item in the exceptions queue, open until a person resolves it. Asked as of an
 * instant, so a replayed prediction hears only the breaches open then.
 */
public interface ConditionAlarms {

    /** No conditions watched: no breaches. */
    ConditionAlarms NONE = (shipments, asOf) -> Map.of();

    /**
     * Of these shipments (of the tenant in scope; every tenant's in the platform's), those with a breach opened by
     * {@code asOf} and not resolved by then, each with the breach's reason in plain words.
     */
    Map<ShipmentId, String> openAt(Collection<ShipmentId> shipments, Instant asOf);
}
