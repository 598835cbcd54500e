package org.a6gateway.api;

/** The caller's role admits the operation, but not on this record: another host Party's report. */
class Forbidden extends RuntimeException {

    Forbidden(String why) {
        super(why);
    }
}
