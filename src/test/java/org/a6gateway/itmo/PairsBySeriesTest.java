package org.a6gateway.itmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Random;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;

class PairsBySeriesTest {

    private static StoredPair pair(String party, String issuance, long start, long quantity) {
        return new StoredPair(ItmoPair.mint("CA0043", party + "01", party, 2026, "VCS", issuance,
                SerialRange.ofQuantity(start, quantity)), "AUTH-" + party, true);
    }

    @Test
    void findsThePairsOfTheReportsSeriesAsAScanOfEveryPairWouldInTheSameOrder() {
        var random = new Random(11);
        for (int round = 0; round < 200; round++) {
            var pairs = new ArrayList<StoredPair>();
            for (int i = random.nextInt(40); i > 0; i--) {
                pairs.add(pair(random.nextBoolean() ? "KOR" : "CHE", random.nextBoolean() ? "100001" : "100002",
                        1 + random.nextInt(400), 1 + random.nextInt(random.nextBoolean() ? 5 : 150)));
            }
            var report = pair("KOR", "100001", 1 + random.nextInt(450), 1 + random.nextInt(60)).pair().itmo();

            var scanned = pairs.stream()
                    .filter(p -> p.pair().itmo().first().sameSeries(report.first())
                            && p.pair().itmo().first().serial().compareTo(report.last().serial()) <= 0
                            && p.pair().itmo().last().serial().compareTo(report.first().serial()) >= 0)
                    .sorted(Comparator.comparing(p -> p.pair().itmo().first().serial())).toList();
            assertThat(PairsBySeries.of(pairs).overlapping(report.first(), report.last()))
                    .as("pairs %s, report %s", pairs, report).isEqualTo(scanned);
        }
    }
}
