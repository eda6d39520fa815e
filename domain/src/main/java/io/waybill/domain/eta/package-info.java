/**
 * Delivery time estimates (ETA with P50 and P90) learned from delivered shipments, and the delay-risk rules that flag
 * a late shipment before it is late. Pure functions of their inputs and an explicit "as of" instant: the same
 * history replayed gives the same predictions.
 */
package io.waybill.domain.eta;
