/** GS1 EPCIS 2.0 over HTTP: capture (documents and single events) and the event query, per tenant. */
package io.waybill.adapters.rest.epcis;
