package io.waybill.archfixture.adapters.alpha;

import io.waybill.archfixture.adapters.beta.BetaAdapter;

/** Violation: one adapter using another. */
public class AlphaAdapter {
    private final BetaAdapter beta = new BetaAdapter();

    /** Violation: a JPA entity used outside the persistence adapter. */
    private io.waybill.archfixture.domain.LeakyParcel parcel;

    String call() {
        return beta.toString();
    }
}
