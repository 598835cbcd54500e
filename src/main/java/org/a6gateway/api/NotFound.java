package org.a6gateway.api;

/** The thing asked for is not in the gateway's store. */
class NotFound extends RuntimeException {

    NotFound(String what) {
        super(what);
    }
}
