package org.a6gateway.exports;

/** One row cannot be read; the rest of the file still can. */
class RowRefused extends RuntimeException {

    RowRefused(String reason) {
        super(reason);
    }
}
