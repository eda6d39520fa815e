/** Rate and size limits on the API: a token bucket per API key and per client address, answered 429 or 413 as problems. */
package io.waybill.adapters.rest.limits;
