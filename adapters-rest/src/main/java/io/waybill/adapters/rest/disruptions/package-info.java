/** Disruptions reported by operations or a feed: hub outages, closed roads, storm warnings. */
package io.waybill.adapters.rest.disruptions;
