package org.a6gateway.publication;

import java.util.List;

/** A publication registry as its protocol speaks to it. */
public interface PublicationTarget {

    /** The registry's id in the configuration. */
    String id();

    /** The gateway's units as the registry shows them now; throws when it cannot be read. */
    List<PublishedUnit> read();

    /**
     * Stages the plan's splits, creations and updates and commits them, waiting until the
     * registry has applied the commit; returns the changes it refused, with its reason. What it
     * accepted counts once a later {@link #read()} shows it.
     */
    List<Refusal> apply(PublicationPlan plan);
}
