package org.a6gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.a6gateway.reporting.AefRecords.Action;
import org.a6gateway.reporting.AefRecords.Pair;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;

/**
 * A block keeps the units no transfer, use or cancellation of its registry and issuance (or of no
 * named issuance) took, and none the registry revoked or the national registry withdrew.
 */
class AefHoldingsTest {

    private static final Pair BLOCK = new Pair("CA0043-MDG01-MDG-1-2021", "CA0043-MDG01-MDG-1000-2021", "VCS", "16345",
            SerialRange.of(1001, 2000), 1000, 1, "MDG-VCS-2311", "authorization", LocalDate.of(2024, 3, 1), 2024);

    private static Action action(String id, String type, String registry, String issuance, long first, long last) {
        return new Action(id, type, LocalDate.of(2025, 2, 1), "MDG-VCS-2311", registry, issuance, SerialRange.of(first, last),
                null, null, last - first + 1);
    }

    @Test
    void usesTransfersAndCancellationsOfTheBlocksIssuanceTakeTheirUnitsOut() {
        var holdings = new AefHoldings(List.of(action("U", "USE", "VCS", "16345", 1001, 1100),
                action("T", "TRANSFER", "VCS", "16345", 1501, 1600), action("C", "CANCELLATION", "VCS", "16345", 1951, 2100)), List.of());

        assertThat(holdings.held(BLOCK)).containsExactly(SerialRange.of(1101, 1500), SerialRange.of(1601, 1950));
    }

    @Test
    void anActionNamingNoIssuanceTakesFromEveryIssuanceOfItsRegistry() {
        var holdings = new AefHoldings(List.of(action("U", "USE", "VCS", null, 1201, 1300)), List.of());

        assertThat(holdings.held(BLOCK)).containsExactly(SerialRange.of(1001, 1200), SerialRange.of(1301, 2000));
    }

    @Test
    void otherIssuancesRegistriesAndAcquisitionsLeaveTheBlockWhole() {
        var holdings = new AefHoldings(List.of(action("O", "USE", "VCS", "99999", 1001, 2000), action("G", "USE", "GS", "16345", 1001, 2000),
                action("A", "ACQUISITION", "VCS", "16345", 1001, 2000)), List.of());

        assertThat(holdings.held(BLOCK)).containsExactly(SerialRange.of(1001, 2000));
    }

    @Test
    void namedAndUnnamedActionsTogetherLeaveWhatNeitherTook() {
        var holdings = new AefHoldings(List.of(action("A", "USE", "VCS", null, 1801, 2000), action("B", "TRANSFER", "VCS", "16345", 1001, 1200),
                action("C", "USE", "VCS", null, 1401, 1500)), List.of());

        assertThat(holdings.held(BLOCK)).containsExactly(SerialRange.of(1201, 1400), SerialRange.of(1501, 1800));
    }

    @Test
    void unitsRevokedOrWithdrawnInTheBlocksIssuanceAreNotHeld() {
        var holdings = new AefHoldings(List.of(action("U", "USE", "VCS", "16345", 1001, 1100)),
                List.of(new AefRecords.Reversed("VCS", "16345", SerialRange.of(1301, 1500)),
                        new AefRecords.Reversed("VCS", "99999", SerialRange.of(1001, 2000)),
                        new AefRecords.Reversed("GS", "16345", SerialRange.of(1001, 2000))));

        assertThat(holdings.held(BLOCK)).containsExactly(SerialRange.of(1101, 1300), SerialRange.of(1501, 2000));
    }
}
