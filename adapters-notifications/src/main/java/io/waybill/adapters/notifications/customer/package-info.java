/**
 * Customer messages: the one {@code CustomerChannels} bean (dispatching by channel to e-mail or SMS), the facts a
 * template reads, and the choice of the language a message is written in.
 */
package io.waybill.adapters.notifications.customer;
