/**
 * The order aggregate: an order, its shipments and its timeline, with statuses derived from the
 * timeline so that event arrival order and duplicates never change the outcome.
 */
package io.waybill.domain.order;
