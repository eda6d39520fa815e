/** The issued API keys (their SHA-256 hashes, scopes, expiry, revocation, rotation) and the tenants, in PostgreSQL with plain SQL. */
@SecondaryAdapter
package io.waybill.adapters.persistence.apikeys;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
