package io.waybill.application.shared;

import io.waybill.domain.order.CarrierCode;

/**
 * A carrier whose own payloads Waybill reads, and how they may reach it: pushed by the carrier (a webhook), or as
 * EDI interchanges uploaded by an integrator. A carrier that only sends EDI does not push.
 */
public record CarrierChannels(CarrierCode carrier, boolean pushes, boolean interchanges) {
}
