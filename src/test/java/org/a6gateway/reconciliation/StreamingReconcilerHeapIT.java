package org.a6gateway.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.units.Purpose;
import org.junit.jupiter.api.Test;

/**
 * The reconciler holds no more blocks than are open at the current unit: half a million blocks,
 * each carrying a kilobyte of project name (more than 512 MB if they were all held at once), made
 * one at a time by the source and reconciled in a JVM capped at 512 MB (surefire's heap-512m run).
 */
class StreamingReconcilerHeapIT {

    private static final int BLOCKS = 500_000;
    private static final String KILOBYTE = "x".repeat(1024);

    @Test
    void reconcilesMoreBlocksThanTheHeapCouldHold() {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(512L * 1024 * 1024);
        var authorization = World.authorization("KOR-G", 1, org.a6gateway.nationalrecords.AuthorizationStatus.ACTIVE, "GS", "P1",
                Set.of(Purpose.NDC), 2018, 2024, null);
        var made = new int[1];
        BlockSource generated = action -> {
            for (int i = 0; i < BLOCKS; i++) {
                made[0]++;
                action.accept(block(i));
            }
        };

        var found = new Reconciler().reconcile(new Snapshot(generated, List.of(authorization), List.of(), List.of(), List.of(), List.of()));

        assertThat(made[0]).isEqualTo(BLOCKS);
        assertThat(found).isEmpty();
    }

    /** Issuances of a thousand blocks each, ten units a block, labelled by the registry for the NDC. */
    private static BlockRecord block(int i) {
        String issuance = String.valueOf(1000 + i / 1000);
        long start = (i % 1000) * 10L + 1;
        return new BlockRecord("vcm-registry", "GS-" + i, 1, "GS-P1-" + issuance + "-" + start, "GS", "CRA", "P1",
                KILOBYTE + i, "KR", 2022, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), issuance, LocalDate.of(2025, 1, 1),
                start, start + 9, BigDecimal.ONE, BlockStatus.ISSUED, "holder-P1", null,
                List.of(new BlockLabel("A6_AUTHORIZED_NDC", "Article 6 Authorized – NDC Use", null)), null);
    }
}
