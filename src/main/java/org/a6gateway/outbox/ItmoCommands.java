package org.a6gateway.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The bodies of the ITMO commands as stored in the outbox: what the ITMO decisions write and the
 * registry connectors read back to call their registry.
 */
public final class ItmoCommands {

    private ItmoCommands() {
    }

    /** The body of a pair registration, as the national registry's ItmoPair: {@code quantity} counts ITMOs. */
    public record PairRegistration(String firstItmoId, String lastItmoId, String underlyingRegistry, String issuanceId,
                                   long firstUnit, long lastUnit, long quantity,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) Long unitsPerItmo, String authorizationId) {
    }

    /** The body of a withdrawal, as the national registry's ItmoPairWithdrawal: {@code quantity} counts ITMOs. */
    public record PairWithdrawal(String firstItmoId, String lastItmoId, String underlyingRegistry, String issuanceId,
                                 long firstUnit, long lastUnit, long quantity,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Long unitsPerItmo, String authorizationId,
                                 String cause) {
    }

    /** The body of a reference removal, as the private registry's ItmoReferenceRemovalCommand. */
    public record ReferenceRemoval(String program, String issuanceId, long start, long end, String cause) {
    }

    /** The body of a reference attachment, as the private registry's ItmoReferenceCommand. */
    public record ReferenceAttachment(String program, String issuanceId, long start, long end, String firstItmoId,
                                      String lastItmoId, String nationalRegistry) {
    }
}
