package org.a6gateway.publication;

import java.util.List;

/** The units a publication registry should show, and the blocks that cannot be published, with why. */
public record WantedUnits(List<PublishedUnit> units, List<Refusal> refused) {
}
