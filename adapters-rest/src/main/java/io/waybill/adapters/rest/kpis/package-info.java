/** Key performance figures of a period, as JSON and as CSV. */
package io.waybill.adapters.rest.kpis;
