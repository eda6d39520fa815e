/** Tenants' branding of the tracking page in PostgreSQL (table {@code tenant_branding}). */
@SecondaryAdapter
package io.waybill.adapters.persistence.branding;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
