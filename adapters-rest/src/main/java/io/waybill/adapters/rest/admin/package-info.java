/** Administration: tenants, API keys (issue, list, expire, rotate, revoke) and the audit log. */
package io.waybill.adapters.rest.admin;
