package org.a6gateway.authorization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.units.SerialRange;

/**
 * Decides the Article 6 labels an authorization puts on the private blocks it covers, and the
 * commands that bring the registry there. Pure: the same authorization and blocks always give
 * the same commands, and blocks that already carry the right labels give none.
 *
 * <ul>
 *   <li>one label per authorized use: NDC, international mitigation purposes (OIMP, IMP), other;</li>
 *   <li>only blocks of its project and host country, inside its vintages and mitigation timeframe,
 *       not revoked by the registry;</li>
 *   <li>the quantity cap (t CO2e) is taken in issuance order; the block that crosses it is labelled
 *       on its first units only, which splits it in the registry;</li>
 *   <li>a revoked authorization labels nothing, and an amended one only what its new version
 *       allows: labels it put on units it no longer covers are removed, the "correspondingly
 *       adjusted" label first. Labels of other authorizations are left alone.</li>
 * </ul>
 */
public final class LabelDecisions {

    /** The order in which a quantity cap is taken up: first issued, first labelled. */
    public static final Comparator<BlockRecord> ISSUANCE_ORDER = Comparator
            .comparing(BlockRecord::issuanceDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BlockRecord::issuanceId).thenComparingLong(BlockRecord::blockStart);

    private final Function<String, LabelVocabulary> vocabularyOfProgram;

    /** Each programme's registry writes labels in its own words. */
    public LabelDecisions(Function<String, LabelVocabulary> vocabularyOfProgram) {
        this.vocabularyOfProgram = vocabularyOfProgram;
    }

    public static LabelDecisions withVocabulary(LabelVocabulary vocabulary) {
        return new LabelDecisions(program -> vocabulary);
    }

    public List<LabelCommand> decide(AuthorizationRecord authorization, List<BlockRecord> blocks) {
        var covered = blocks.stream()
                .filter(b -> authorization.covers(b.program(), b.projectId(), b.hostCountry()))
                .sorted(ISSUANCE_ORDER).toList();
        var codes = wantedCodes(authorization);
        var commands = new ArrayList<LabelCommand>();
        BigDecimal remaining = authorization.quantityCap() == null ? null : BigDecimal.valueOf(authorization.quantityCap());
        for (BlockRecord block : covered) {
            var labelled = eligible(authorization, block) ? withinCap(block, remaining) : Optional.<SerialRange>empty();
            if (remaining != null && labelled.isPresent()) {
                remaining = remaining.subtract(block.unitSize().multiply(BigDecimal.valueOf(labelled.get().quantity())));
            }
            commands.addAll(commandsFor(authorization, block, labelled, codes));
        }
        return commands;
    }

    private static Set<LabelCode> wantedCodes(AuthorizationRecord authorization) {
        if (authorization.status() != AuthorizationStatus.ACTIVE) {
            return Set.of();
        }
        return Set.copyOf(authorization.purposes().stream().map(LabelCode::forPurpose).toList());
    }

    private static boolean eligible(AuthorizationRecord authorization, BlockRecord block) {
        return block.status() != BlockStatus.REVOKED
                && AuthorizationCoverage.vintageInside(block, authorization)
                && AuthorizationCoverage.mitigationInside(block, authorization);
    }

    /** The block's units that fit under what is left of the cap (whole units only); a null cap is no cap. */
    private static Optional<SerialRange> withinCap(BlockRecord block, BigDecimal remaining) {
        var range = block.range();
        if (remaining == null || block.tonnes().compareTo(remaining) <= 0) {
            return Optional.of(range);
        }
        long units = remaining.divide(block.unitSize(), 0, RoundingMode.DOWN).longValueExact();
        return units < 1 ? Optional.empty() : Optional.of(range.splitAtQuantity(units).first());
    }

    private List<LabelCommand> commandsFor(AuthorizationRecord authorization, BlockRecord block,
                                           Optional<SerialRange> labelled, Set<LabelCode> codes) {
        var commands = new ArrayList<LabelCommand>();
        var whole = block.range();
        if (carries(block, LabelCode.A6_CORRESPONDINGLY_ADJUSTED, authorization)) {
            // Units that lose their authorization lose the CA label first: it may never stand alone (invariant 2).
            var unauthorized = codes.isEmpty() ? List.of(whole) : labelled.map(whole::subtract).orElse(List.of(whole));
            unauthorized.forEach(r -> commands.add(
                    command(LabelCommand.Action.REMOVE, LabelCode.A6_CORRESPONDINGLY_ADJUSTED, block, r, authorization)));
        }
        for (LabelCode code : LabelCode.AUTHORIZED) {
            var want = codes.contains(code) ? labelled : Optional.<SerialRange>empty();
            if (carries(block, code, authorization)) {
                var unwanted = want.map(whole::subtract).orElse(List.of(whole));
                unwanted.forEach(r -> commands.add(command(LabelCommand.Action.REMOVE, code, block, r, authorization)));
            } else if (want.isPresent() && !carriesFromAnother(block, code, authorization)) {
                commands.add(command(LabelCommand.Action.APPLY, code, block, want.get(), authorization));
            }
        }
        return commands;
    }

    private static boolean carries(BlockRecord block, LabelCode code, AuthorizationRecord authorization) {
        return block.labels().stream().anyMatch(l -> l.code().equals(code.name())
                && authorization.authorizationId().equals(l.authorizationId()));
    }

    private static boolean carriesFromAnother(BlockRecord block, LabelCode code, AuthorizationRecord authorization) {
        return block.labels().stream().anyMatch(l -> l.code().equals(code.name())
                && !authorization.authorizationId().equals(l.authorizationId()));
    }

    private LabelCommand command(LabelCommand.Action action, LabelCode code, BlockRecord block, SerialRange range,
                                 AuthorizationRecord authorization) {
        return new LabelCommand(action, code, vocabularyOfProgram.apply(block.program()).text(code), block.program(), block.issuanceId(), range,
                authorization.authorizationId(), authorization.version());
    }
}
