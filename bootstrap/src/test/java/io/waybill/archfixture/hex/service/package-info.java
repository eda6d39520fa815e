/** Fixture application core. */
@Application
package io.waybill.archfixture.hex.service;

import org.jmolecules.architecture.hexagonal.Application;
