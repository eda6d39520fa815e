/** Tenants: the shippers one Waybill serves, each seeing only its own data. */
package io.waybill.domain.tenant;
