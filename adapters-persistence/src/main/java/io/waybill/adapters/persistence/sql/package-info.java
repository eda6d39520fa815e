/** The one plain-JDBC helper the stores share: work on the transaction's connection, SQL errors named by store. */
package io.waybill.adapters.persistence.sql;
