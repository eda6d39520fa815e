/**
 * What the stores share: work on the transaction's connection with SQL errors named by store ({@code SqlWork}), and the
 * two walls between tenants ({@code TenantRows} in the stores' queries, {@code TenantWall} in the database).
 */
package io.waybill.adapters.persistence.sql;
