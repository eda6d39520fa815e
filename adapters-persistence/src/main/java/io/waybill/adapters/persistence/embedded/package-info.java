/** An embedded PostgreSQL server for a fresh machine and for tests, started from Maven artifacts. */
package io.waybill.adapters.persistence.embedded;
