/** Fixture REST adapter. */
@PrimaryAdapter
package io.waybill.archfixture.hex.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
