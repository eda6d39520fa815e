/** How the API writes and reads JSON: timestamps keep the offset they were sent with. */
package io.waybill.adapters.rest.json;
