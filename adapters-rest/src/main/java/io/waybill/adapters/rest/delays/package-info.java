/** Predicted delays: the at-risk list and a shipment's prediction with its risk history. */
package io.waybill.adapters.rest.delays;
