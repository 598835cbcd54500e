package org.a6gateway.authorization;

import org.a6gateway.units.LabelVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.SerialRange;

/**
 * Decides the Article 6 labels an authorization puts on the private blocks it covers, and the
 * commands that bring the registry there. Pure: the same authorization and blocks always give
 * the same commands, and blocks that already carry the right labels give none.
 *
 * <ul>
 *   <li>one label per authorized use: NDC, international mitigation purposes (OIMP, IMP), other;</li>
 *   <li>only the units {@link LabelPlan} gives: blocks of its project and host country, whose whole
 *       vintage lies inside its timeframe, not revoked by the registry, up to its cap in issuance
 *       order (the block that crosses it is labelled on its first units only, which splits it);</li>
 *   <li>a revoked authorization labels nothing, and an amended one only what its new version
 *       allows: labels it put on units it no longer covers are removed, the "correspondingly
 *       adjusted" label first. Labels of other authorizations are left alone;</li>
 *   <li>no unit keeps the "correspondingly adjusted" label beside a label for a use the
 *       authorization does not allow, whoever applied either.</li>
 * </ul>
 */
public final class LabelDecisions {

    private final Function<String, LabelVocabulary> vocabularyOfProgram;

    /** Each programme's registry writes labels in its own words. */
    public LabelDecisions(Function<String, LabelVocabulary> vocabularyOfProgram) {
        this.vocabularyOfProgram = vocabularyOfProgram;
    }

    public static LabelDecisions withVocabulary(LabelVocabulary vocabulary) {
        return new LabelDecisions(program -> vocabulary);
    }

    public List<LabelCommand> decide(AuthorizationRecord authorization, List<BlockRecord> blocks) {
        return decideOnPlan(authorization, LabelPlan.of(authorization, blocks));
    }

    /** The same, on the plan a caller already made of the authorization's blocks ({@link LabelPlan#of}). */
    public List<LabelCommand> decideOnPlan(AuthorizationRecord authorization, List<LabelPlan.Planned> plan) {
        var codes = wantedCodes(authorization);
        var commands = new ArrayList<LabelCommand>();
        for (LabelPlan.Planned planned : plan) {
            commands.addAll(commandsFor(authorization, planned.block(), planned.labelled(), codes));
        }
        return commands;
    }

    private static Set<LabelCode> wantedCodes(AuthorizationRecord authorization) {
        if (authorization.status() != AuthorizationStatus.ACTIVE) {
            return Set.of();
        }
        return Set.copyOf(authorization.purposes().stream().map(LabelCode::forPurpose).toList());
    }

    private List<LabelCommand> commandsFor(AuthorizationRecord authorization, BlockRecord block,
                                           Optional<SerialRange> labelled, Set<LabelCode> codes) {
        var commands = new ArrayList<LabelCommand>();
        var whole = block.range();
        if (!AuthorizedUses.outsidePurposes(block, authorization).isEmpty() && carriesAnyAdjusted(block)) {
            // No unit carries the CA label beside a label for a use its authorization does not allow, whoever applied either.
            commands.add(command(LabelCommand.Action.REMOVE, LabelCode.A6_CORRESPONDINGLY_ADJUSTED, block, whole, authorization));
        } else if (carriesAdjusted(block, authorization)) {
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

    private static boolean carriesAnyAdjusted(BlockRecord block) {
        return block.labels().stream().anyMatch(l -> l.code().equals(LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name()));
    }

    /** The CA label counts whoever applied it: the registry's own names no authorization. */
    private static boolean carriesAdjusted(BlockRecord block, AuthorizationRecord authorization) {
        return block.labels().stream().anyMatch(l -> l.code().equals(LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name())
                && AuthorizedUses.ownOrUnnamed(l, authorization));
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
