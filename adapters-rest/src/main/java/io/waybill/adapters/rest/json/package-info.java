/** How the API writes and reads JSON: timestamps keep the offset they were sent with, and nothing is read by guessing. */
package io.waybill.adapters.rest.json;
