package org.a6gateway.authorization;

import org.a6gateway.units.LabelVocabulary;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;

/**
 * Over random blocks, caps and amendments: labels never exceed the cap (invariant 3), never
 * overlap, and once the registry has applied the commands, deciding again changes nothing.
 */
class LabelDecisionsProperties {

    private final LabelDecisions decisions = LabelDecisions.withVocabulary(LabelVocabulary.VERRA);

    @Provide
    Arbitrary<List<Long>> blockSizes() {
        return Arbitraries.longs().between(1, 5_000).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 1000)
    void labelsStayUnderTheCapAndASecondDecisionChangesNothing(@ForAll("blockSizes") List<Long> sizes,
                                                               @ForAll @LongRange(min = 0, max = 40_000) long cap,
                                                               @ForAll @LongRange(min = 0, max = 40_000) long amendedCap,
                                                               @ForAll boolean revokeAfterwards) {
        var blocks = blocks(sizes);
        var first = authorization(AuthorizationStatus.ACTIVE, cap, 1);

        blocks = applied(blocks, decisions.decide(first, blocks));
        assertThat(labelledUnits(blocks)).isEqualTo(Math.min(cap, total(sizes)));
        assertThat(decisions.decide(first, blocks)).isEmpty();

        var amended = authorization(revokeAfterwards ? AuthorizationStatus.REVOKED : AuthorizationStatus.ACTIVE, amendedCap, 2);
        blocks = applied(blocks, decisions.decide(amended, blocks));
        assertThat(labelledUnits(blocks)).isEqualTo(revokeAfterwards ? 0 : Math.min(amendedCap, total(sizes)));
        assertThat(decisions.decide(amended, blocks)).isEmpty();
        assertThat(blocks.stream().mapToLong(BlockRecord::quantity).sum()).isEqualTo(total(sizes));
    }

    private static AuthorizationRecord authorization(AuthorizationStatus status, long cap, int version) {
        return LabelDecisionsTest.authorization(status, Set.of(Purpose.NDC), cap, null, null, version);
    }

    /**
     * Blocks issued one after another, each in an issuance of its own, their serials following on
     * (Verra numbers units across issuances: the same numbers again would be the same units).
     */
    private static List<BlockRecord> blocks(List<Long> sizes) {
        var blocks = new ArrayList<BlockRecord>();
        long next = 1;
        for (int i = 0; i < sizes.size(); i++) {
            blocks.add(LabelDecisionsTest.block(Integer.toString(i), LocalDate.of(2024, 1, 1).plusDays(i), next, next + sizes.get(i) - 1));
            next += sizes.get(i);
        }
        return blocks;
    }

    /** What the registry does with the commands: split the block around the range, relabel the range. */
    private static List<BlockRecord> applied(List<BlockRecord> blocks, List<LabelCommand> commands) {
        var result = new ArrayList<>(blocks);
        for (LabelCommand command : commands) {
            var block = result.stream().filter(b -> b.issuanceId().equals(command.issuanceId())
                    && b.range().contains(command.range())).findFirst().orElseThrow();
            result.remove(block);
            for (SerialRange rest : block.range().subtract(command.range())) {
                result.add(part(block, rest, block.labels()));
            }
            var labels = new ArrayList<>(block.labels());
            labels.removeIf(l -> l.code().equals(command.code().name()));
            if (command.action() == LabelCommand.Action.APPLY) {
                labels.add(new BlockLabel(command.code().name(), command.text(), command.authorizationId()));
            }
            result.add(part(block, command.range(), labels));
        }
        return result;
    }

    private static BlockRecord part(BlockRecord b, SerialRange range, List<BlockLabel> labels) {
        return new BlockRecord(b.sourceRegistry(), b.blockId() + "." + range.start(), b.sourceVersion() + 1, b.serial(),
                b.program(), b.unitType(), b.projectId(), b.projectName(), b.hostCountry(), b.vintageYear(),
                b.vintageStart(), b.vintageEnd(), b.issuanceId(), b.issuanceDate(), range.start(), range.end(),
                b.unitSize(), b.status(), b.holderAccount(), b.retirement(), labels, b.itmoReference());
    }

    private static long labelledUnits(List<BlockRecord> blocks) {
        return blocks.stream().filter(b -> b.labels().stream().anyMatch(l -> l.code().equals("A6_AUTHORIZED_NDC")))
                .mapToLong(BlockRecord::quantity).sum();
    }

    private static long total(List<Long> sizes) {
        return sizes.stream().mapToLong(Long::longValue).sum();
    }
}
