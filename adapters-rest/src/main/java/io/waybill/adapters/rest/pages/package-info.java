/**
 * Pages for people, rendered on the server (Qute) and enhanced by htmx where a browser runs scripts: the customer's
 * tracking page. They share the API's HTTP surface: its limits, its security and its tenant binding.
 */
package io.waybill.adapters.rest.pages;
