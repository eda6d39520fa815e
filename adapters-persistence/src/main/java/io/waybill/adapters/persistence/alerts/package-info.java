/** The tenants' condition-alert addresses and the alerts sent (migration V32), and the open breaches the predictions hear. */
package io.waybill.adapters.persistence.alerts;
