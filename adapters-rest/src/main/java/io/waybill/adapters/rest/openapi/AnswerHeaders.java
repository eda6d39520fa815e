package io.waybill.adapters.rest.openapi;

/** How the OpenAPI document describes the headers several answers carry. */
public final class AnswerHeaders {

    /** Of a conditional GET's answer (see {@code EntityTags}). */
    public static final String ETAG = "A weak validator of this document: send it as If-None-Match to get a 304 while nothing"
            + " changed";
    public static final String CACHE_CONTROL = "private, no-cache for an order (personal data); no-cache for the public tracking view";

    private AnswerHeaders() {
    }
}
