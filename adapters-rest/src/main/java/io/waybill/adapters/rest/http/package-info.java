/** HTTP beyond the resources: conditional GETs (ETag, 304), caching headers, and CORS for the public tracking view. */
package io.waybill.adapters.rest.http;
