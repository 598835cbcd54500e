package org.a6gateway.itmo;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.SerialRange;

/**
 * The stored pairs by ITMO series, sorted by first ITMO serial, so a report finds the pairs it
 * names in O(log n + k): scanning every pair for every report made the adjustments step
 * reports × pairs. Keeps, per position, the largest last serial up to it, so pairs that overlap
 * one another (a national registry may hold such) are still all found.
 */
public final class PairsBySeries {

    private final Map<String, Series> series = new HashMap<>();
    private final Map<String, List<StoredPair>> byIssuance = new HashMap<>();

    public static PairsBySeries of(Collection<StoredPair> pairs) {
        var index = new PairsBySeries();
        var grouped = new HashMap<String, List<StoredPair>>();
        pairs.forEach(p -> grouped.computeIfAbsent(key(p.pair().itmo().first()), k -> new ArrayList<>()).add(p));
        grouped.forEach((k, list) -> index.series.put(k, new Series(list)));
        pairs.forEach(p -> index.byIssuance.computeIfAbsent(issuance(p.pair().underlyingRegistry(), p.pair().issuance()),
                k -> new ArrayList<>()).add(p));
        return index;
    }

    /** The pairs standing for any of these units of one issuance, whatever their ITMO series. */
    public List<StoredPair> claiming(String registry, String issuance, SerialRange units) {
        return byIssuance.getOrDefault(issuance(registry, issuance), List.of()).stream()
                .filter(p -> p.pair().units().overlaps(units)).toList();
    }

    private static String issuance(String registry, String issuance) {
        return registry + '\u0000' + issuance;
    }

    /** The pairs of {@code first}'s series holding any ITMO of first..last, by first serial. */
    public List<StoredPair> overlapping(ItmoIdentifier first, ItmoIdentifier last) {
        var of = series.get(key(first));
        return of == null ? List.of() : of.overlapping(first.serial(), last.serial());
    }

    /** The authorizations of the pairs a report names (none when its identifiers do not read): what deciding it reads. */
    Set<String> authorizationsNamedBy(CorrespondingAdjustment report) {
        try {
            return overlapping(ItmoIdentifier.parse(report.firstItmoId()), ItmoIdentifier.parse(report.lastItmoId())).stream()
                    .map(StoredPair::authorizationId).collect(Collectors.toSet());
        } catch (IllegalArgumentException unreadable) {
            return Set.of();
        }
    }

    private static String key(ItmoIdentifier id) {
        return String.join("\u0000", id.cooperativeApproach(), id.registryId(), id.party(), String.valueOf(id.vintage()));
    }

    private static final class Series {

        private final List<StoredPair> pairs;
        private final BigInteger[] reach;

        Series(List<StoredPair> pairs) {
            this.pairs = new ArrayList<>(pairs);
            this.pairs.sort(Comparator.comparing(p -> p.pair().itmo().first().serial()));
            this.reach = new BigInteger[this.pairs.size()];
            BigInteger furthest = null;
            for (int i = 0; i < reach.length; i++) {
                var last = this.pairs.get(i).pair().itmo().last().serial();
                furthest = furthest == null ? last : furthest.max(last);
                reach[i] = furthest;
            }
        }

        List<StoredPair> overlapping(BigInteger from, BigInteger to) {
            var found = new ArrayList<StoredPair>();
            for (int i = lastStartingBy(to); i >= 0 && reach[i].compareTo(from) >= 0; i--) {
                if (pairs.get(i).pair().itmo().last().serial().compareTo(from) >= 0) {
                    found.add(pairs.get(i));
                }
            }
            Collections.reverse(found);
            return found;
        }

        private int lastStartingBy(BigInteger serial) {
            int low = 0;
            int high = pairs.size() - 1;
            int found = -1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (pairs.get(mid).pair().itmo().first().serial().compareTo(serial) <= 0) {
                    found = mid;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return found;
        }
    }
}
