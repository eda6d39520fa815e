/** RFC 9457 problem details for every refused request, so that no bad input ends in a 500. */
package io.waybill.adapters.rest.problem;
