package io.waybill.application.port.in;

/**
 * Live updates of the exceptions queue for the operations console: the tenant in scope is told when one of its items
 * was opened or changed, so an open queue can read itself again. The signal carries nothing but "look again".
 */
public interface FollowExceptions {

    /** Follows the queue of the tenant in scope. {@code changed} runs off the caller's thread. */
    FollowTracking.Following follow(Runnable changed);
}
