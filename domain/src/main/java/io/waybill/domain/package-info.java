/** The Waybill domain: order lifecycle, shipments and the tracking timeline, free of any framework. */
package io.waybill.domain;
