/** Hibernate ORM entities, their MapStruct mappers and the JPA implementations of the storage ports. */
package io.waybill.adapters.persistence.jpa;
