/** The OpenAPI document beyond the resources' own annotations: the problem answers every operation shares. */
package io.waybill.adapters.rest.openapi;
