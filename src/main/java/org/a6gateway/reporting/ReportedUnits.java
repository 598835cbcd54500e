package org.a6gateway.reporting;

import java.math.BigDecimal;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.SerialRange;

/**
 * Contiguous units of one block as Table 4 sees them: their tonnes and vintage from the private
 * registry, their authorization's terms from the national one, and when they were first
 * transferred by the gateway's rule ({@code firstTransferYear} null and {@code unresolved} saying
 * why when that cannot be known). {@code authorizedCap}: the authorization's cap in t CO2e, if any.
 */
public record ReportedUnits(String serial, String program, String issuanceId, SerialRange units, int vintage,
                            BigDecimal tonnes, String authorizationId, boolean ndc, FirstTransferDefinition definition,
                            int authorizationYear, Integer issuanceYear, boolean onCarp, Long authorizedCap,
                            Integer firstTransferYear, String unresolved) {

    /**
     * The year the reporting tool v1 counts these units as first transferred: the authorization
     * year or the issuance year by the definition; never for the other definitions, which the
     * tool cannot date.
     */
    Integer toolFirstTransferYear() {
        return switch (definition) {
            case AUTHORISATION -> authorizationYear;
            case ISSUANCE -> issuanceYear;
            default -> null;
        };
    }

    Integer firstTransferYear(Table4Elections.Mode mode) {
        return mode == Table4Elections.Mode.TOOL_COMPATIBLE ? toolFirstTransferYear() : firstTransferYear;
    }

    /** Whether row 10 (adjustments by vintage) counts these units: the tool counts all; corrected, only the resolved. */
    boolean countedByVintage(Table4Elections.Mode mode) {
        return mode == Table4Elections.Mode.TOOL_COMPATIBLE || firstTransferYear != null;
    }
}
