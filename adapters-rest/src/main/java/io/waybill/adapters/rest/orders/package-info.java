/** Orders: place, confirm, cancel, read and search. */
package io.waybill.adapters.rest.orders;
