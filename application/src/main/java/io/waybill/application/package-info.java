/** The application: use cases over the domain, and the ports through which it meets the world. */
package io.waybill.application;
