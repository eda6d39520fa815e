/** Customer e-mail over SMTP (Quarkus Mailer), subject and HTML + text body per message kind from localized Qute templates. */
@Adapter
package io.waybill.adapters.notifications.email;

import org.jmolecules.architecture.hexagonal.Adapter;
