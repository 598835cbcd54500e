package org.a6gateway.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;

class UnitsCountedOnceTest {

    @Test
    void aSecondBlockIdOnTheSameUnitsCountsOnlyTheUnitsNoEarlierBlockHolds() {
        var once = new UnitsCountedOnce(Set.of("VCS"));

        assertThat(once.counted(block("a", "GS", "7", 1, 1000))).contains(SerialRange.of(1, 1000));
        assertThat(once.counted(block("b", "GS", "7", 501, 1500))).contains(SerialRange.of(1001, 1500));
        assertThat(once.counted(block("c", "GS", "7", 600, 1400))).isEmpty();
        assertThat(once.counted(block("d", "GS", "7", 1501, 1600))).contains(SerialRange.of(1501, 1600));
    }

    @Test
    void theSameFirstUnitBelongsToTheBlockGivenFirst() {
        var once = new UnitsCountedOnce(Set.of());

        assertThat(once.counted(block("a", "GS", "7", 1, 100))).contains(SerialRange.of(1, 100));
        assertThat(once.counted(block("b", "GS", "7", 1, 300))).contains(SerialRange.of(101, 300));
    }

    @Test
    void unitsRestartPerIssuanceExceptWhereTheProgramNumbersAcrossIssuances() {
        var once = new UnitsCountedOnce(Set.of("VCS"));

        assertThat(counted(once, block("a", "GS", "7", 1, 100), block("b", "GS", "8", 1, 100)))
                .containsExactly(Optional.of(SerialRange.of(1, 100)), Optional.of(SerialRange.of(1, 100)));
        assertThat(counted(once, block("c", "VCS", "7", 1, 100), block("d", "VCS", "8", 51, 150)))
                .containsExactly(Optional.of(SerialRange.of(1, 100)), Optional.of(SerialRange.of(101, 150)));
    }

    @Test
    void theTonnesCountedBeforeAreTheUnitsHeldAgainTimesTheBlocksUnitSize() {
        var once = new UnitsCountedOnce(Set.of());
        var kilograms = new BigDecimal("0.001");

        assertThat(once.countedBefore(block("a", "GS", "7", 1, 1000))).isEqualByComparingTo("0");
        assertThat(once.countedBefore(withUnitSize(block("b", "GS", "7", 1, 2000), kilograms))).isEqualByComparingTo("1.000");
    }

    @Test
    void blocksOutOfOrderAreRefusedRatherThanMiscounted() {
        var once = new UnitsCountedOnce(Set.of());
        once.counted(block("a", "GS", "7", 500, 600));

        assertThatThrownBy(() -> once.counted(block("b", "GS", "7", 1, 100))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("by first unit");
    }

    private static List<Optional<SerialRange>> counted(UnitsCountedOnce once, BlockRecord... blocks) {
        return List.of(blocks).stream().map(once::counted).toList();
    }

    private static BlockRecord block(String id, String program, String issuance, long start, long end) {
        return new BlockRecord("vcm-registry", id, 1, program + "-" + issuance + "-" + start + "-" + end, program, null, "P1",
                null, "NO", 2023, null, null, issuance, null, start, end, BigDecimal.ONE, BlockStatus.ISSUED, null, null,
                List.of(), null);
    }

    private static BlockRecord withUnitSize(BlockRecord b, BigDecimal unitSize) {
        return new BlockRecord(b.sourceRegistry(), b.blockId(), b.sourceVersion(), b.serial(), b.program(), b.unitType(),
                b.projectId(), b.projectName(), b.hostCountry(), b.vintageYear(), b.vintageStart(), b.vintageEnd(),
                b.issuanceId(), b.issuanceDate(), b.blockStart(), b.blockEnd(), unitSize, b.status(), b.holderAccount(),
                b.retirement(), b.labels(), b.itmoReference());
    }
}
