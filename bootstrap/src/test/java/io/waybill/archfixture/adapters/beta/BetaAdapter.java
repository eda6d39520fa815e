package io.waybill.archfixture.adapters.beta;

public class BetaAdapter {
}
