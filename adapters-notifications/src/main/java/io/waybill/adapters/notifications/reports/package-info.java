/** The daily report's e-mail: its HTML written from a Qute template, sent over SMTP with its CSV attached. */
@SecondaryAdapter
package io.waybill.adapters.notifications.reports;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
