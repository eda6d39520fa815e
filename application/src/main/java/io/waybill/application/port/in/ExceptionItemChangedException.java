package io.waybill.application.port.in;

import io.waybill.domain.exceptions.ExceptionId;

/**
 * The item changed since the caller read it (someone else acknowledged, assigned or resolved it, or it escalated):
 * nothing was done. Read it again and decide anew.
 */
public class ExceptionItemChangedException extends RuntimeException {

    public ExceptionItemChangedException(ExceptionId id, long expected, long current) {
        super("exception " + id + " changed since it was read (version " + expected + ", now " + current
                + "); nothing was done: read it again and decide anew");
    }

    public ExceptionItemChangedException(ExceptionId id) {
        super("exception " + id + " changed while this was applied; nothing was done: read it again and decide anew");
    }
}
