/**
 * The language of tracking: tracking IDs, milestones and the normalized tracking event that every
 * source (warehouse, carrier, device) is translated into.
 */
package io.waybill.domain.tracking;
