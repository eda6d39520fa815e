/**
 * E-mail over SMTP (Quarkus Mailer): to customers, subject and HTML + text body per message kind from localized Qute
 * templates; and to operations, the escalation of an exception nobody acknowledged in time.
 */
@Adapter
package io.waybill.adapters.notifications.email;

import org.jmolecules.architecture.hexagonal.Adapter;
