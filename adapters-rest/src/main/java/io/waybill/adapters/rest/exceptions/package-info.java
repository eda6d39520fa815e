/** The exceptions queue for operations: list it, read an item with its audit trail, acknowledge, assign, note, resolve. */
package io.waybill.adapters.rest.exceptions;
