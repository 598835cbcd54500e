package org.a6gateway.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.RetirementUse;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.Serials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a private block's labels make of its published unit: the adjustment's declaration and status, the letters, the status. */
class DecisionsTest {

    private static final String SERIAL = "16345-783467195-783469194-VCS-VCU-1491-VER-MG-3-2311-01012021-31122021-1";

    private static AuthorizationRecord authorization(String id, AuthorizationStatus status) {
        return new AuthorizationRecord("national-registry", id, 1, status, "MDG", LocalDate.of(2024, 3, 1), 2024, "CA0043",
                true, null, "GHG", null, null, Set.of(Purpose.NDC), null, FirstTransferDefinition.AUTHORISATION, 2018, 2030,
                LocalDate.of(2018, 1, 1), LocalDate.of(2030, 12, 31), null, null, List.of(), List.of(), List.of(), List.of(), null,
                List.of("https://example.org/" + id + ".pdf"), List.of(new CoveredActivity("VCS", "2311", "MG")), false);
    }

    private static final Decisions DECISIONS = new Decisions(Map.of(
            "MDG-VCS-2311", authorization("MDG-VCS-2311", AuthorizationStatus.ACTIVE),
            "MDG-REVOKED", authorization("MDG-REVOKED", AuthorizationStatus.REVOKED)), Map.of("verra", "https://verra.example/v1"));

    private static BlockRecord block(BlockStatus status, String authorizationId, boolean referenced, boolean adjusted) {
        var labels = new ArrayList<BlockLabel>();
        labels.add(new BlockLabel("A6_AUTHORIZED_NDC", "Article 6 Authorized – NDC Use", authorizationId));
        if (adjusted) {
            labels.add(new BlockLabel("A6_CORRESPONDINGLY_ADJUSTED", "Article 6 Correspondingly Adjusted", authorizationId));
        }
        var serial = Serials.parse(SERIAL);
        return new BlockRecord("verra", "B1", 1, SERIAL, "VCS", "VCU", "2311", "Project 2311", "MG", 2021, null, null, "16345",
                LocalDate.of(2022, 5, 1), serial.range().start(), serial.range().end(), BigDecimal.ONE, status, "holder-1",
                status == BlockStatus.RETIRED ? new BlockRecord.Retirement(LocalDate.of(2024, 1, 1), "NDC", "A beneficiary",
                        RetirementUse.NDC) : null,
                labels, referenced ? new BlockRecord.ItmoReference("CA0043-MDG01-MDG-2021-VCS-16345-1", "CA0043-MDG01-MDG-2021-VCS-16345-2000",
                "national-registry") : null);
    }

    @ParameterizedTest
    @CsvSource({
        // referenced, adjusted -> status
        "false, false, NOT_STARTED",
        "true,  false, PENDING",
        "true,  true,  COMPLETED"})
    void theStatusFollowsTheFirstTransferAndTheAdjustment(boolean referenced, boolean adjusted, CaStatus status) {
        var unit = DECISIONS.unit(block(BlockStatus.HELD, "MDG-VCS-2311", referenced, adjusted), Serials.parse(SERIAL), 2021, true);
        assertThat(unit.declaration()).isEqualTo(CaDeclaration.COMMITTED);
        assertThat(unit.caStatus()).isEqualTo(status);
        assertThat(unit.letters()).singleElement().satisfies(l -> {
            assertThat(l.authorizationId()).isEqualTo("MDG-VCS-2311");
            assertThat(l.link()).isEqualTo("https://example.org/MDG-VCS-2311.pdf");
            assertThat(l.creditingFrom()).isEqualTo(LocalDate.of(2018, 1, 1));
        });
        assertThat(unit.hostCountry()).isEqualTo("MDG");
        assertThat(unit.count()).isEqualTo(2000);
    }

    @Test
    void aLabelNamingARevokedOrUnknownAuthorizationCommitsNothing() {
        for (String id : List.of("MDG-REVOKED", "NO-SUCH-AUTHORIZATION")) {
            var unit = DECISIONS.unit(block(BlockStatus.HELD, id, true, false), Serials.parse(SERIAL), 2021, true);
            assertThat(unit.declaration()).as(id).isEqualTo(CaDeclaration.NOT_REQUIRED);
            assertThat(unit.letters()).as(id).isEmpty();
        }
    }

    @Test
    void aLabelNamingNoAuthorizationTakesTheOnesCoveringTheProject() {
        var unit = DECISIONS.unit(block(BlockStatus.HELD, null, false, false), Serials.parse(SERIAL), 2021, true);
        assertThat(unit.authorizationIds()).containsExactly("MDG-VCS-2311");
    }

    @Test
    void aRetirementStatesItsUseNeverItsBeneficiary() {
        var unit = DECISIONS.unit(block(BlockStatus.RETIRED, "MDG-VCS-2311", false, false), Serials.parse(SERIAL), 2021, true);
        assertThat(unit.standing()).isEqualTo(UnitStanding.RETIRED);
        assertThat(unit.standingReason()).isEqualTo("Retired for NDC").doesNotContain("beneficiary");
        var revoked = DECISIONS.unit(block(BlockStatus.REVOKED, "MDG-VCS-2311", false, false), Serials.parse(SERIAL), 2021, true);
        assertThat(revoked.standing()).isEqualTo(UnitStanding.CANCELLED);
    }
}
