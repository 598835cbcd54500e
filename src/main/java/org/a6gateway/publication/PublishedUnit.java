package org.a6gateway.publication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.units.Serial;
import org.a6gateway.units.SerialRange;

/**
 * One unit block as the publication registry shows it ({@code id} its id there) or as the gateway
 * wants it shown ({@code id} null; {@code sourceRegistry} and {@code blockId} name the private block
 * behind it). Units are told apart by their serials: {@code registry} and {@code issuance} as the
 * serial format reads them, and the range of serial units. {@code serial} is a serial of the block
 * the units belong to, to write the serial of any part of it.
 */
public record PublishedUnit(String id, Serial serial, SerialRange range, int vintageYear, UnitStanding standing,
                            String standingReason, String hostCountry, String registryLink, CaDeclaration declaration,
                            CaStatus caStatus, List<LetterOfAuthorization> letters, PublishedProject project,
                            PublishedIssuance issuance, String sourceRegistry, String blockId, BigDecimal unitSize) {

    public PublishedUnit {
        letters = letters == null ? List.of() : List.copyOf(letters);
    }

    public String registry() {
        return serial.registry();
    }

    public String issuanceId() {
        return serial.issuance();
    }

    public long count() {
        return range.quantity();
    }

    public BigDecimal tonnes() {
        return unitSize == null ? BigDecimal.valueOf(count()) : unitSize.multiply(BigDecimal.valueOf(count()));
    }

    /**
     * Whether serial numbers of both name the same units where they are equal: units of the same
     * issuance, or of the same programme when it numbers units across issuances (Verra).
     */
    public boolean sameScope(PublishedUnit other) {
        return scope().equals(other.scope());
    }

    /** Where this unit's serial numbers name units ({@link BlockQuery#scope}). */
    public String scope() {
        return BlockQuery.scope(registry(), issuanceId());
    }

    /** The serial of the first unit, as the registry writes it; empty when its format cannot be cut to one unit. */
    public Optional<String> serialStart() {
        return serialOf(range.start());
    }

    public Optional<String> serialEnd() {
        return serialOf(range.end());
    }

    private Optional<String> serialOf(long unit) {
        if (serial.range().equals(range) && !rewritable()) {
            return Optional.of(serial.original().strip());
        }
        try {
            return Optional.of(serial.withRange(SerialRange.of(unit, unit)));
        } catch (UnsupportedOperationException | IllegalArgumentException cannot) {
            return Optional.empty();
        }
    }

    private boolean rewritable() {
        try {
            serial.withRange(serial.range());
            return true;
        } catch (UnsupportedOperationException cannot) {
            return false;
        }
    }

    /** The same unit on part of its range (a split's part). */
    public PublishedUnit on(SerialRange part) {
        return new PublishedUnit(id, serial, part, vintageYear, standing, standingReason, hostCountry, registryLink, declaration,
                caStatus, letters, project, issuance, sourceRegistry, blockId, unitSize);
    }

    /** This unit as it stands published under {@code publishedId}. */
    public PublishedUnit as(String publishedId) {
        return new PublishedUnit(publishedId, serial, range, vintageYear, standing, standingReason, hostCountry, registryLink,
                declaration, caStatus, letters, project, issuance, sourceRegistry, blockId, unitSize);
    }

    /** The decisions the unit states, in one line (ledger, discrepancies). */
    public String describe() {
        return declaration + " / " + caStatus + ", " + standing + ", vintage " + vintageYear
                + (letters.isEmpty() ? "" : ", authorizations " + authorizationIds().stream().sorted().toList());
    }

    public Set<String> authorizationIds() {
        return letters.stream().map(LetterOfAuthorization::authorizationId).collect(Collectors.toSet());
    }

    /**
     * What differs between this unit as wanted and {@code published} as shown, field by field;
     * empty when the published unit says what this one says. A published unit may carry letters of
     * authorization besides the wanted ones (a registry keeps the labels it was once given). The
     * registry link is written with the unit, not compared: it points at the private registry's
     * API, whose address may change without the units changing.
     */
    public List<String> differencesFrom(PublishedUnit published) {
        var differences = new ArrayList<String>();
        differ(differences, "units", range, published.range);
        differ(differences, "vintage", vintageYear, published.vintageYear);
        differ(differences, "status", standing, published.standing);
        differ(differences, "status reason", standingReason, published.standingReason);
        differ(differences, "country", hostCountry, published.hostCountry);
        differ(differences, "CA declaration", declaration, published.declaration);
        differ(differences, "CA status", caStatus, published.caStatus);
        if (declaration == CaDeclaration.COMMITTED && !published.authorizationIds().containsAll(authorizationIds())) {
            differences.add("letters of authorization: " + published.authorizationIds() + " → " + authorizationIds());
        }
        return differences;
    }

    private static void differ(List<String> differences, String field, Object wanted, Object shown) {
        if (!Objects.equals(wanted, shown)) {
            differences.add(field + ": " + shown + " → " + wanted);
        }
    }
}
