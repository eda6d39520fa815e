/** The tenants' carrier push secrets in PostgreSQL with plain SQL, encrypted at rest (AES-256-GCM). */
@SecondaryAdapter
package io.waybill.adapters.persistence.pushsecrets;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
