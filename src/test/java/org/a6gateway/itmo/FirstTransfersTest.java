package org.a6gateway.itmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.Purpose;
import org.junit.jupiter.api.Test;

class FirstTransfersTest {

    static AuthorizationRecord authorization(FirstTransferDefinition definition, LocalDate date, String approach) {
        return new AuthorizationRecord("national-registry", "MDG-VCS-2312", 1, AuthorizationStatus.ACTIVE, "MDG", date,
                2024, approach, true, null, "GHG", null, null, Set.of(Purpose.NDC, Purpose.OIMP), null, definition,
                null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(new CoveredActivity("VCS", "2312", "MG")), false);
    }

    static BlockRecord block(BlockStatus status, BlockRecord.Retirement retirement) {
        return new BlockRecord("vcm-registry", "VCS-16745-789819583", 1,
                "16745-789819583-789840470-VCS-VCU-842-VER-MG-3-2312-01012021-31122021-1", "VCS", "VCU", "2312", null,
                "MG", 2021, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), "16745", LocalDate.of(2024, 5, 31),
                789819583L, 789840470L, BigDecimal.ONE, status, "acct", retirement, List.of(), null);
    }

    static final BlockRecord ISSUED = block(BlockStatus.ISSUED, null);

    @Test
    void authorisationTransfersAtTheAuthorizationDateOrItsYear() {
        assertThat(FirstTransfers.of(authorization(FirstTransferDefinition.AUTHORISATION, LocalDate.of(2024, 3, 1), "CA0043"),
                ISSUED, Optional.empty())).isEqualTo(FirstTransfer.on(LocalDate.of(2024, 3, 1), 2024, "authorization"));
        assertThat(FirstTransfers.of(authorization(FirstTransferDefinition.AUTHORISATION, null, "CA0043"), ISSUED,
                Optional.empty())).isEqualTo(FirstTransfer.on(null, 2024, "authorization"));
    }

    @Test
    void issuanceTransfersWhenTheBlockWasIssued() {
        assertThat(FirstTransfers.of(authorization(FirstTransferDefinition.ISSUANCE, null, "CA0043"), ISSUED, Optional.empty()))
                .isEqualTo(FirstTransfer.on(LocalDate.of(2024, 5, 31), 2024, "issuance"));
    }

    @Test
    void useOrCancellationTransfersOnAnAuthorizedUseButNotOnAVoluntaryClaim() {
        var definition = authorization(FirstTransferDefinition.USE_OR_CANCELLATION, null, "CA0043");
        var corsia = block(BlockStatus.RETIRED, new BlockRecord.Retirement(LocalDate.of(2025, 2, 1), "CORSIA offsetting", "Airline"));
        var voluntary = block(BlockStatus.RETIRED, new BlockRecord.Retirement(LocalDate.of(2025, 2, 1), "Voluntary claim", "Company"));

        assertThat(FirstTransfers.of(definition, corsia, Optional.empty()))
                .isEqualTo(FirstTransfer.on(LocalDate.of(2025, 2, 1), 2025, "use or cancellation"));
        assertThat(FirstTransfers.of(definition, voluntary, Optional.empty()).unresolved()).isEqualTo(HeldBackReason.VOLUNTARY_CLAIM);
        assertThat(FirstTransfers.of(definition, ISSUED, Optional.empty()).unresolved()).isEqualTo(HeldBackReason.NOT_YET_USED);
    }

    @Test
    void firstInternationalTransferNeedsTheNationalRegistrysAction() {
        var definition = authorization(FirstTransferDefinition.FIRST_INTERNATIONAL_TRANSFER, null, "CA0043");

        assertThat(FirstTransfers.of(definition, ISSUED, Optional.of(LocalDate.of(2026, 6, 30))))
                .isEqualTo(FirstTransfer.on(LocalDate.of(2026, 6, 30), 2026, "first international transfer"));
        var unresolved = FirstTransfers.of(definition, ISSUED, Optional.empty());
        assertThat(unresolved.resolved()).isFalse();
        assertThat(unresolved.unresolved()).isEqualTo(HeldBackReason.NO_FIRST_INTERNATIONAL_TRANSFER);
    }
}
