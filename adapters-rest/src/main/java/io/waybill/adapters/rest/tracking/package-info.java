/** The public tracking view, reachable without a key and free of personal data. */
package io.waybill.adapters.rest.tracking;
