package io.waybill.archfixture.adapters.alpha;

import io.waybill.archfixture.adapters.beta.BetaAdapter;

/** Violation: one adapter using another. */
public class AlphaAdapter {
    private final BetaAdapter beta = new BetaAdapter();

    String call() {
        return beta.toString();
    }
}
