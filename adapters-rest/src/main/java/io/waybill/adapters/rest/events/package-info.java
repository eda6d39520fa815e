/** Batch ingestion of warehouse and carrier events, with an outcome per event. */
package io.waybill.adapters.rest.events;
