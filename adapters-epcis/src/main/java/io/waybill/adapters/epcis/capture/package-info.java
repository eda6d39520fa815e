/** EPCIS documents as the application's {@code EpcisDocuments} port: validated, read event by event, kept as sent. */
@SecondaryAdapter
package io.waybill.adapters.epcis.capture;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
