/** Errors the domain raises when a value or a state change breaks one of its rules. */
package io.waybill.domain.shared;
