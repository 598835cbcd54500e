package org.a6gateway.dryrun;

/** A dry run that may not start now (a sync or another dry run is going on): the caller asks again later. */
public class DryRunRefused extends RuntimeException {

    public DryRunRefused(String message) {
        super(message);
    }
}
