/**
 * The exceptions queue: what needs a person (a held, lost or failed shipment, one at high risk, one the carrier has not
 * scanned for too long) as an item with a deadline to acknowledge it, its lifecycle and its audit trail.
 */
package io.waybill.domain.exceptions;
