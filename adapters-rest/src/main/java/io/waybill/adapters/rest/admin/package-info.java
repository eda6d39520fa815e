/** Administration: issuing API keys. */
package io.waybill.adapters.rest.admin;
