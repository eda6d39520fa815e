/** Carriers' own payloads over HTTP: signed pushes (webhooks) in the carrier's format, and EDI interchange uploads. */
@PrimaryAdapter
package io.waybill.adapters.rest.carriers;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
