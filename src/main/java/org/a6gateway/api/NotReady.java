package org.a6gateway.api;

/** A resource that exists but is not there yet (a report still being written, or one that failed): 409. */
class NotReady extends RuntimeException {

    NotReady(String message) {
        super(message);
    }
}
