package org.a6gateway.publication;

import java.time.LocalDate;

/**
 * The letter of authorization behind published units, as a label: the authorization's id, the
 * link to its letter, the mitigation period it covers (crediting) and the period its units may be
 * used in (validity).
 */
public record LetterOfAuthorization(String authorizationId, String link, LocalDate creditingFrom, LocalDate creditingTo,
                                    LocalDate validFrom, LocalDate validTo) {
}
