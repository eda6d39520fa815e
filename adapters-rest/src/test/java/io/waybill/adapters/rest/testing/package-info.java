/** Shared pieces of the resource tests: requests with each role's key, problem+json assertions, request documents. */
package io.waybill.adapters.rest.testing;
