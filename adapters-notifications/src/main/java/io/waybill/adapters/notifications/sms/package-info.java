/** Customer SMS: short localized texts handed to an SMS provider, with a simulated provider that keeps what it sent for the demo. */
@Adapter
package io.waybill.adapters.notifications.sms;

import org.jmolecules.architecture.hexagonal.Adapter;
