/** Tells customers about their orders by e-mail and SMS: the one {@code CustomerChannels} bean, dispatching by channel. */
@Adapter
package io.waybill.adapters.notifications;

import org.jmolecules.architecture.hexagonal.Adapter;
