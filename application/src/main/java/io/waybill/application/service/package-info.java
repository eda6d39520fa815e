/** The services that implement the use cases; framework-free, wired by the bootstrap module. */
@Application
package io.waybill.application.service;

import org.jmolecules.architecture.hexagonal.Application;
