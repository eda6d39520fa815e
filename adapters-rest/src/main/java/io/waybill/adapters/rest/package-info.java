/** The REST API under /api/v1: resources, request and response documents, problem details, API-key security. */
@PrimaryAdapter
package io.waybill.adapters.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
