/** The outbox relay and dispatcher of customer messages and webhooks, and the facts those messages carry. */
@Application
package io.waybill.application.service.notification;

import org.jmolecules.architecture.hexagonal.Application;
