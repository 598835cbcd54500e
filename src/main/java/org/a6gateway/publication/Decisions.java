package org.a6gateway.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.Party;
import org.a6gateway.units.Serial;

/**
 * What one private block's labels say the publication registry should show: authorized (an
 * Article 6 label) means a committed adjustment, not started until an ITMO reference is attached
 * (first transfer), pending until the "correspondingly adjusted" label, then completed. The
 * letters are those of the standing authorizations the labels name, or that cover the block's
 * project when a registry's labels name none.
 */
final class Decisions {

    private static final Set<String> AUTHORIZED = LabelCode.AUTHORIZED.stream().map(Enum::name).collect(Collectors.toSet());

    private final Map<String, AuthorizationRecord> authorizations;
    private final Map<String, String> registryUrls;

    Decisions(Map<String, AuthorizationRecord> authorizations, Map<String, String> registryUrls) {
        this.authorizations = authorizations;
        this.registryUrls = registryUrls;
    }

    static boolean labelled(BlockRecord block) {
        return block.labels().stream().anyMatch(l -> AUTHORIZED.contains(l.code()));
    }

    /**
     * The unit as wanted: committed when {@code labelled} and a standing authorization is behind the
     * label, else not requiring an adjustment (a label naming no authorization, or a revoked one, is
     * a discrepancy the reconciliation reports, not a commitment to publish).
     */
    PublishedUnit unit(BlockRecord block, Serial serial, int vintage, boolean labelled) {
        var letters = labelled ? letters(block) : List.<LetterOfAuthorization>of();
        boolean authorized = !letters.isEmpty();
        var declaration = authorized ? CaDeclaration.COMMITTED : CaDeclaration.NOT_REQUIRED;
        var status = authorized ? caStatus(block) : CaStatus.NOT_STARTED;
        String link = registryUrls.getOrDefault(block.sourceRegistry(), block.sourceRegistry());
        return new PublishedUnit(null, serial, block.range(), vintage, standing(block.status()), reason(block),
                Party.find(block.hostCountry()).map(Party::alpha3).orElse(block.hostCountry()), link, declaration, status,
                letters,
                new PublishedProject(block.program(), block.projectId(),
                        block.projectName() == null ? block.projectId() : block.projectName(), link),
                issuance(block, vintage), block.sourceRegistry(), block.blockId(), block.unitSize());
    }

    private static CaStatus caStatus(BlockRecord block) {
        if (block.labels().stream().anyMatch(l -> LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name().equals(l.code()))) {
            return CaStatus.COMPLETED;
        }
        return block.itmoReference() != null ? CaStatus.PENDING : CaStatus.NOT_STARTED;
    }

    private static UnitStanding standing(BlockStatus status) {
        return switch (status) {
            case ISSUED, HELD -> UnitStanding.HELD;
            case RETIRED -> UnitStanding.RETIRED;
            case CANCELLED, REVOKED -> UnitStanding.CANCELLED;
        };
    }

    /** The use a retirement states, never its beneficiary: a publication registry is public. */
    private static String reason(BlockRecord block) {
        return switch (block.status()) {
            case RETIRED -> "Retired" + block.retiredFor().map(use -> " for " + use.name()).orElse("");
            case CANCELLED -> "Cancelled in the private registry";
            case REVOKED -> "Revoked by the private registry";
            default -> null;
        };
    }

    private List<LetterOfAuthorization> letters(BlockRecord block) {
        var named = block.labels().stream().filter(l -> AUTHORIZED.contains(l.code())).map(BlockLabel::authorizationId)
                .filter(Objects::nonNull).distinct().toList();
        var standing = authorizations.values().stream().filter(a -> a.status() == AuthorizationStatus.ACTIVE);
        var ids = (named.isEmpty() ? standing.filter(a -> a.covers(block.program(), block.projectId(), block.hostCountry()))
                : standing.filter(a -> named.contains(a.authorizationId())))
                .map(AuthorizationRecord::authorizationId).sorted().toList();
        var letters = new ArrayList<LetterOfAuthorization>();
        ids.forEach(id -> letters.add(letter(authorizations.get(id), block)));
        return letters;
    }

    private LetterOfAuthorization letter(AuthorizationRecord a, BlockRecord block) {
        String link = a.documentLinks().stream().findFirst().orElse(
                registryUrls.getOrDefault(a.sourceRegistry(), a.sourceRegistry()) + "/authorizations/" + a.authorizationId());
        int vintage = Optional.ofNullable(block.vintageYear()).orElse(a.authorizationYear());
        LocalDate creditingFrom = Optional.ofNullable(a.mitigationFrom()).orElse(LocalDate.of(
                Optional.ofNullable(a.vintageFrom()).orElse(vintage), 1, 1));
        LocalDate creditingTo = Optional.ofNullable(a.mitigationTo()).orElse(LocalDate.of(
                Optional.ofNullable(a.vintageTo()).orElse(vintage), 12, 31));
        LocalDate validFrom = Optional.ofNullable(a.useFrom()).orElse(Optional.ofNullable(a.date()).orElse(creditingFrom));
        LocalDate validTo = Optional.ofNullable(a.useTo()).orElse(validFrom.isAfter(creditingTo) ? validFrom : creditingTo);
        return new LetterOfAuthorization(a.authorizationId(), link, creditingFrom, creditingTo.isBefore(creditingFrom)
                ? creditingFrom : creditingTo, validFrom, validTo.isBefore(validFrom) ? validFrom : validTo);
    }

    private static PublishedIssuance issuance(BlockRecord block, int vintage) {
        LocalDate start = Optional.ofNullable(block.vintageStart()).orElse(LocalDate.of(vintage, 1, 1));
        LocalDate end = Optional.ofNullable(block.vintageEnd()).orElse(LocalDate.of(vintage, 12, 31));
        if (end.isBefore(start)) {
            end = start;
        }
        return new PublishedIssuance(start, end, Optional.ofNullable(block.issuanceDate()).orElse(end));
    }
}
