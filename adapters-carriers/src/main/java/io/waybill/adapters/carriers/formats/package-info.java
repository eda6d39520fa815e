/** The carrier adapters as the application's {@code CarrierFormats}: which carriers' payloads Waybill reads, and reading one. */
@SecondaryAdapter
package io.waybill.adapters.carriers.formats;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
