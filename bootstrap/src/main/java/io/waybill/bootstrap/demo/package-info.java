/** The live demo: demo API keys and a stream of orders that the simulated warehouse and carrier drive to delivery. */
package io.waybill.bootstrap.demo;
