/** Customer feedback after delivery, through the signed link of the delivery message. */
package io.waybill.adapters.rest.feedback;
