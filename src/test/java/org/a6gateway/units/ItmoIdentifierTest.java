package org.a6gateway.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItmoIdentifierTest {

    @Test
    void theDocumentedExampleEmbedsTheRealVerraSerial() {
        var serial = Serials.parse("16745-789819583-789840470-VCS-VCU-842-VER-MG-3-2312-01012021-31122021-1");

        var pair = ItmoPair.mint("CA0043", "MDG01", Party.of(serial.country()).alpha3(), serial.vintage().year(),
                serial.registry(), serial.issuance(), serial.range());

        assertThat(pair.itmo().first()).hasToString("CA0043-MDG01-MDG-10000016745000789819583-2021");
        assertThat(pair.itmo().last()).hasToString("CA0043-MDG01-MDG-10000016745000789840470-2021");
        assertThat(pair.itmo().quantity()).isEqualTo(20_888L);
    }

    @Test
    void theConstructedDomainExampleParses() {
        var id = ItmoIdentifier.parse("CA0004-VUT01-VUT-1001-2024");

        assertThat(id.party()).isEqualTo("VUT");
        assertThat(id.serial()).isEqualTo(1001);
        assertThat(ItmoIdentifier.parse("CA0004-VUT01-VUT-1,001-2024")).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CA004-VUT01-VUT-1001-2024", "CA0004-VUT1-VUT-1001-2024", "CA0004-VUT01-VU-1001-2024",
        "CA0004-VUT01-VUT-01001-2024", "CA0004-VUT01-VUT-1001-24", "CA0004-VUT01-VUT-0-2024",
        "CA0004-VUT01-VUT-1,00-2024", "ca0004-VUT01-VUT-1001-2024", " CA0004-VUT01-VUT-1001-2024"})
    void malformedIdentifiersAreRejected(String text) {
        assertThatThrownBy(() -> ItmoIdentifier.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an ITMO identifier (CA0000-AAA00-AAA-serial-YYYY): '" + text + "'");
    }

    /** A national registry numbers its ITMOs its own way; the pair says which unit each stands for. */
    @Test
    void aPairInTheNationalRegistrysOwnNumberingMapsEachItmoToItsUnit() {
        var first = ItmoIdentifier.parse("CA0004-VUT01-VUT-1001-2024");
        var pair = new ItmoPair(new ItmoBlock(first, first.plus(499)), "VCS", "16746", SerialRange.of(50_001, 50_500));

        assertThat(pair.unitOf(first.serial())).isEqualTo(50_001);
        assertThat(pair.unitOf(first.plus(499).serial())).isEqualTo(50_500);
        var split = pair.splitAtUnit(50_101);
        assertThat(split.second().itmo().first()).isEqualTo(ItmoIdentifier.parse("CA0004-VUT01-VUT-1101-2024"));
        assertThat(split.second().unitOf(split.second().itmo().first().serial())).isEqualTo(50_101);
    }

    @Test
    void aPairWhoseSidesDisagreeCannotExist() {
        var first = new ItmoIdentifier("CA0043", "MDG01", "MDG", ItmoSerials.itmoSerial("VCS", "16745", 100), 2021);

        assertThatThrownBy(() -> new ItmoPair(new ItmoBlock(first, first.plus(9)), "VCS", "16745", SerialRange.of(100, 108)))
                .hasMessage("ITMO block of 10 against 9 units");
        assertThatThrownBy(() -> ItmoSerials.itmoSerial("PURO", "6b1c2a8e", 1)).hasMessageContaining("no ITMO serial scheme");
        assertThatThrownBy(() -> ItmoSerials.itmoSerial("Puro.earth", "6b1c2a8e", 1))
                .hasMessageContaining("supply the registry's numeric issuance index");
    }

    @Test
    void aSerialOfAnotherSchemeHasNoUnderlyingUnit() {
        assertThat(ItmoSerials.underlyingUnit(BigInteger.valueOf(1001))).isEmpty();
        assertThat(ItmoSerials.underlyingUnit(BigInteger.TEN.pow(23))).isEmpty();
        assertThat(ItmoSerials.underlyingUnit(new BigInteger("90000000001000000000001"))).isEmpty();
        assertThat(ItmoSerials.underlyingUnit(new BigInteger("70000001005000000002001")))
                .contains(new ItmoSerials.UnderlyingUnit("KVS", "1005", 2001));
    }

    @Test
    void aPartOfAPairHoldsExactlyTheItmosOfItsUnits() {
        var pair = ItmoPair.mint("CA0043", "MDG01", "MDG", 2021, "VCS", "16745", SerialRange.of(100, 199));

        var part = pair.part(SerialRange.of(150, 159));

        assertThat(part.itmo().first()).hasToString("CA0043-MDG01-MDG-10000016745000000000150-2021");
        assertThat(part.itmo().last()).hasToString("CA0043-MDG01-MDG-10000016745000000000159-2021");
        assertThatThrownBy(() -> pair.part(SerialRange.of(190, 200))).hasMessage("units 190-200 are not in 100-199");
    }
}
