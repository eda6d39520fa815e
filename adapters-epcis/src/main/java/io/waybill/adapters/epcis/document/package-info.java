/**
 * GS1 EPCIS 2.0 capture documents: the CBV 2.0 event hash that names an event by its content, validation against the
 * GS1 JSON schema, and a streaming reader that turns a document into Waybill's own immutable event records.
 */
@Adapter
package io.waybill.adapters.epcis.document;

import org.jmolecules.architecture.hexagonal.Adapter;
