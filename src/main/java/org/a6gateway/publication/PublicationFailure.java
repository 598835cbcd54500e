package org.a6gateway.publication;

/** A publication registry answered in a way the gateway cannot go on from (a commit that never shows, an unreadable page). */
public class PublicationFailure extends RuntimeException {

    public PublicationFailure(String message) {
        super(message);
    }
}
