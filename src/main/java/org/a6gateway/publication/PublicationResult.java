package org.a6gateway.publication;

/**
 * What one run published to one registry: units created, updated and split, the rounds of staging
 * it took (none when the registry already showed everything), what was refused (by the gateway or the registry) and the
 * discrepancies left; {@code error} says why the registry could not be reached (then nothing else
 * counts).
 */
public record PublicationResult(int created, int updated, int split, int rounds, int refused, int discrepancies,
                                String error) {

    static PublicationResult failed(String error) {
        return new PublicationResult(0, 0, 0, 0, 0, 0, error);
    }

    /** Nothing staged. */
    public boolean nothingPublished() {
        return created == 0 && updated == 0 && split == 0;
    }
}
