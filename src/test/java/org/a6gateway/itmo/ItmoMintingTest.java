package org.a6gateway.itmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.Party;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Serials;
import org.junit.jupiter.api.Test;

class ItmoMintingTest {

    private final ItmoMinting minting = new ItmoMinting("01");

    @Test
    void mintsTheSerialEmbeddedItmoBlockOfARealVerraBlock() {
        var authorization = FirstTransfersTest.authorization(FirstTransferDefinition.AUTHORISATION, null, "CA0043");

        var minted = minting.mint(authorization, FirstTransfersTest.ISSUED, SerialRange.of(789819583L, 789840470L));

        assertThat(minted.heldBackReason()).isNull();
        assertThat(minted.pair().itmo().first()).hasToString("CA0043-MDG01-MDG-10000016745000789819583-2021");
        assertThat(minted.pair().itmo().last()).hasToString("CA0043-MDG01-MDG-10000016745000789840470-2021");
        assertThat(minted.pair().units()).isEqualTo(SerialRange.of(789819583L, 789840470L));
    }

    @Test
    void anAuthorizationWithoutACooperativeApproachIsHeldBackWithItsReason() {
        var authorization = FirstTransfersTest.authorization(FirstTransferDefinition.AUTHORISATION, null, null);

        assertThat(minting.mint(authorization, FirstTransfersTest.ISSUED, SerialRange.of(789819583L, 789819583L)).heldBackReason())
                .isEqualTo("authorization MDG-VCS-2312 has no cooperative approach id, which every ITMO identifier begins with");
    }

    @Test
    void unitsOutsideTheBlockAreHeldBack() {
        var authorization = FirstTransfersTest.authorization(FirstTransferDefinition.AUTHORISATION, null, "CA0043");

        assertThat(minting.mint(authorization, FirstTransfersTest.ISSUED, SerialRange.of(1, 10)).heldBackReason())
                .isEqualTo("units 1-10 are not in block VCS-16745-789819583");
    }

    /** Figures checked independently against the CSV: 586 resolved, 15 unresolved; 347 minted, 239 without approach. */
    @Test
    void theRealAuthorizedBlocksResolveAndMintAsTheirDefinitionsSay() throws IOException {
        int resolved = 0;
        int unresolved = 0;
        int minted = 0;
        int heldBack = 0;
        long mintedUnits = 0;
        for (String line : Files.readAllLines(Path.of("gateway/seed/article6-authorized-blocks.csv"), StandardCharsets.UTF_8)
                .subList(1, 602)) {
            String[] f = line.split(",", -1);
            var serial = Serials.parse(f[3]);
            var block = new BlockRecord("vcm-registry", f[3], 1, f[3], serial.registry(), null, f[1], null,
                    serial.country(), Integer.parseInt(f[4]), null, null, serial.issuance(), LocalDate.parse(f[8]),
                    serial.range().start(), serial.range().end(), BigDecimal.ONE, BlockStatus.ISSUED, null, null, List.of(), null);
            var authorization = authorization(f, serial.registry(), serial.country());
            var transfer = FirstTransfers.of(authorization, block, Optional.empty());
            if (!transfer.resolved()) {
                unresolved++;
                continue;
            }
            resolved++;
            var mint = minting.mint(authorization, block, serial.range());
            if (mint.pair() == null) {
                heldBack++;
            } else {
                minted++;
                mintedUnits += mint.pair().itmo().quantity();
            }
        }
        assertThat(resolved).isEqualTo(586);
        assertThat(unresolved).isEqualTo(15);
        assertThat(minted).isEqualTo(347);
        assertThat(heldBack).isEqualTo(239);
        assertThat(mintedUnits).isEqualTo(10_933_286L);
    }

    private static AuthorizationRecord authorization(String[] f, String registry, String country) {
        var definition = switch (f[6]) {
            case "Authorisation" -> FirstTransferDefinition.AUTHORISATION;
            case "Issuance" -> FirstTransferDefinition.ISSUANCE;
            default -> FirstTransferDefinition.FIRST_INTERNATIONAL_TRANSFER;
        };
        var purposes = EnumSet.noneOf(Purpose.class);
        if ("1".equals(f[10])) {
            purposes.add(Purpose.NDC);
        }
        if ("1".equals(f[11])) {
            purposes.add(Purpose.OIMP);
        }
        return new AuthorizationRecord("national-registry", "x", 1, AuthorizationStatus.ACTIVE,
                Party.of(country).alpha3(), null, Integer.parseInt(f[7]), "NA".equals(f[12]) ? null : f[12],
                "1".equals(f[13]), null, "GHG", null, null, purposes, null, definition, null, null, null, null, null,
                null, null, null, null, null, null, null, List.of(new CoveredActivity(registry, f[1], country)), false);
    }
}
