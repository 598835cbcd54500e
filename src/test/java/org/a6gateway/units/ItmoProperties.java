package org.a6gateway.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** ITMO identifiers round-trip, and the ITMO ↔ underlying pair survives any splits on either side. */
class ItmoProperties {

    @Provide
    Arbitrary<ItmoIdentifier> identifiers() {
        var approach = Arbitraries.integers().between(0, 9999).map(n -> String.format("CA%04d", n));
        var party = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
        var registry = Combinators.combine(party, Arbitraries.integers().between(0, 99))
                .as((p, n) -> p + String.format("%02d", n));
        var serial = Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(25));
        var vintage = Arbitraries.integers().between(1990, 2100);
        return Combinators.combine(approach, registry, party, serial, vintage).as(ItmoIdentifier::new);
    }

    @Provide
    Arbitrary<ItmoPair> pairs() {
        var registry = Arbitraries.of("VCS", "GS", "CDM", "CAR", "ACR", "KVS");
        var issuance = Arbitraries.longs().between(1, 9_999_999_999L).map(String::valueOf);
        var start = Arbitraries.longs().between(0, 900_000_000_000L);
        var quantity = Arbitraries.longs().between(1, 50_000_000L);
        return Combinators.combine(registry, issuance, start, quantity).as((r, i, s, q) ->
                ItmoPair.mint("CA0043", "MDG01", "MDG", 2021, r, i, SerialRange.ofQuantity(s, q)));
    }

    @Property(tries = 1000)
    void itmoIdsRoundTripThroughParse(@ForAll("identifiers") ItmoIdentifier id) {
        String text = id.toString();

        assertThat(ItmoIdentifier.CHECKER.matcher(text).matches()).isTrue();
        assertThat(ItmoIdentifier.parse(text)).isEqualTo(id);
        assertThat(ItmoIdentifier.parse(withThousandsSeparators(text, id))).isEqualTo(id);
    }

    @Property(tries = 1000)
    void everyItmoOfAPairReadsBackToItsOwnUnit(@ForAll("pairs") ItmoPair pair, @ForAll @IntRange(min = 0, max = 50_000_000) int offset) {
        long unit = pair.units().start() + offset % pair.units().quantity();
        var itmo = pair.itmo().first().plus(unit - pair.units().start());

        assertThat(ItmoSerials.underlyingUnit(itmo.serial()))
                .contains(new ItmoSerials.UnderlyingUnit(pair.underlyingRegistry(), pair.issuance(), unit));
    }

    @Property(tries = 1000)
    void thePairSurvivesAnySequenceOfSplitsOnEitherSide(@ForAll("pairs") ItmoPair original,
                                                       @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
        var pieces = new ArrayList<>(List.of(original));
        for (int step : steps) {
            int index = step % pieces.size();
            var piece = pieces.get(index);
            if (piece.units().quantity() < 2) {
                continue;
            }
            long offset = 1 + step % (piece.units().quantity() - 1);
            var split = step % 3 == 0 ? piece.splitAtItmo(piece.itmo().first().plus(offset))
                    : piece.splitAtUnit(piece.units().start() + offset);
            pieces.set(index, split.first());
            pieces.add(index + 1, split.second());
        }
        pieces.sort(Comparator.comparingLong(p -> p.units().start()));
        for (var piece : pieces) {
            assertThat(piece.itmo().first().serial()).isEqualTo(
                    ItmoSerials.itmoSerial(original.underlyingRegistry(), original.issuance(), piece.units().start()));
            assertThat(ItmoSerials.unitSerial(piece.itmo().last().serial())).isEqualTo(piece.units().end());
            assertThat(piece.itmo().quantity()).isEqualTo(piece.units().quantity());
        }
        assertThat(pieces.stream().reduce(ItmoPair::merge).orElseThrow()).isEqualTo(original);
    }

    @Property(tries = 1000)
    void differentIssuancesOrRegistriesNeverShareAnItmoSerial(@ForAll("pairs") ItmoPair a, @ForAll("pairs") ItmoPair b) {
        boolean sameSource = a.underlyingRegistry().equals(b.underlyingRegistry()) && a.issuance().equals(b.issuance());
        boolean itmoOverlap = a.itmo().first().serial().compareTo(b.itmo().last().serial()) <= 0
                && b.itmo().first().serial().compareTo(a.itmo().last().serial()) <= 0;

        assertThat(itmoOverlap).isEqualTo(sameSource && a.units().overlaps(b.units()));
    }

    private static String withThousandsSeparators(String text, ItmoIdentifier id) {
        String grouped = String.format("%,d", id.serial());
        return text.replace("-" + id.serial() + "-", "-" + grouped + "-");
    }
}
