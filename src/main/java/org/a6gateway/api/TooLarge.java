package org.a6gateway.api;

/** A request beyond one of the gateway's limits, named with its setting: a 413 problem. */
final class TooLarge extends RuntimeException {

    TooLarge(String message) {
        super(message);
    }
}
