package org.a6gateway.reporting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.reporting.AefRecords.Action;
import org.a6gateway.reporting.AefRecords.Pair;
import org.a6gateway.reporting.PreSubmissionCheck.Failure;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;

/**
 * The AEF's pre-submission checks, row by row, like the UNFCCC platform's consistency checks: ITMO
 * ids well formed, quantity = last − first + 1, each action consistent with its authorization
 * (not revoked, a purpose the definition fits, a vintage inside the timeframe, within the cap)
 * and with the Party's holdings. Each row gets its failures; {@link #results()} lists them all.
 */
final class AefChecks {

    static final String ITMO_ID_WELL_FORMED = "ITMO_ID_WELL_FORMED";
    static final String QUANTITY = "QUANTITY_IS_LAST_MINUS_FIRST_PLUS_ONE";
    static final String AUTHORIZATION = "CONSISTENT_WITH_AUTHORIZATION";
    static final String HOLDINGS = "WITHIN_HOLDINGS";

    private final Map<String, AuthorizationRecord> byId;
    private final Map<String, Map<String, List<Pair>>> pairsByRegistry;
    private final Map<String, BigDecimal> transferred = new HashMap<>();
    private final Map<Pair, Failure> overCap = new HashMap<>();
    private final Map<String, List<Failure>> failures = new LinkedHashMap<>();

    AefChecks(Map<String, AuthorizationRecord> byId, List<Pair> pairs) {
        this.byId = byId;
        this.pairsByRegistry = pairs.stream().collect(Collectors.groupingBy(Pair::registry, Collectors.groupingBy(Pair::issuance)));
        List.of(ITMO_ID_WELL_FORMED, QUANTITY, AUTHORIZATION, HOLDINGS).forEach(c -> failures.put(c, new ArrayList<>()));
    }

    /** Pairs come in first-transfer order: the units beyond an authorization's cap are the last ones. */
    void countTowardsCap(Pair pair) {
        var a = byId.get(pair.authorizationId());
        if (a == null || a.quantityCap() == null) {
            return;
        }
        var total = transferred.merge(a.authorizationId(), BigDecimal.valueOf(pair.quantity()), BigDecimal::add);
        if (total.compareTo(BigDecimal.valueOf(a.quantityCap())) > 0) {
            overCap.put(pair, new Failure(where(pair), "first transfers under " + a.authorizationId() + " reach "
                    + total.toPlainString() + " t, beyond its cap of " + a.quantityCap() + " t"));
        }
    }

    List<Failure> of(Pair pair) {
        var found = new ArrayList<Failure>();
        identifiers(where(pair), pair.firstItmoId(), pair.lastItmoId(), pair.quantity(), pair.units(), pair.unitsPerItmo())
                .forEach(f -> add(found, f));
        authorization(pair).forEach(f -> add(found, f));
        Optional.ofNullable(overCap.get(pair)).ifPresent(f -> add(found, Map.entry(AUTHORIZATION, f)));
        return found;
    }

    List<Failure> of(Action action) {
        var found = new ArrayList<Failure>();
        String where = action.actionId() + " " + action.registry() + " " + action.units();
        identifiers(where, action.firstItmoId(), action.lastItmoId(), action.quantity(), action.units(), unitsPerItmo(action))
                .forEach(f -> add(found, f));
        var a = byId.get(action.authorizationId());
        if (a == null || a.status() == AuthorizationStatus.REVOKED) {
            add(found, Map.entry(AUTHORIZATION, new Failure(where, "authorization " + action.authorizationId()
                    + (a == null ? " is not one of the Party's" : " is revoked"))));
        }
        if (!held(action)) {
            add(found, Map.entry(HOLDINGS, new Failure(where, action.type().toLowerCase(Locale.ROOT)
                    + " of units no ITMO block of the Party first transferred by " + action.date() + " holds")));
        }
        return found;
    }

    /** Units an ITMO of the action's units, as the pair they lie in says; one where no pair holds them. */
    private long unitsPerItmo(Action action) {
        return candidates(action).stream().filter(p -> p.units().overlaps(action.units()))
                .mapToLong(Pair::unitsPerItmo).findFirst().orElse(1);
    }

    /** The pairs an action's units may lie in: those of its issuance, or of its whole registry when it names none. */
    private List<Pair> candidates(Action action) {
        var issuances = pairsByRegistry.getOrDefault(action.registry(), Map.of());
        return action.issuance() == null ? issuances.values().stream().flatMap(List::stream).toList()
                : issuances.getOrDefault(action.issuance(), List.of());
    }

    private boolean held(Action action) {
        List<SerialRange> left = List.of(action.units());
        for (Pair p : candidates(action)) {
            if (firstTransferredBy(p, action.date()) && p.units().overlaps(action.units())) {
                left = left.stream().flatMap(r -> r.subtract(p.units()).stream()).toList();
            }
        }
        return left.isEmpty();
    }

    /** A block another system registered carries no date: the national registry holds it, so it counts. */
    private static boolean firstTransferredBy(Pair p, LocalDate date) {
        if (p.date() != null) {
            return !p.date().isAfter(date);
        }
        return p.year() == null || p.year() <= date.getYear();
    }

    private List<Map.Entry<String, Failure>> identifiers(String where, String firstText, String lastText, long quantity,
                                                        SerialRange units, long unitsPerItmo) {
        var found = new ArrayList<Map.Entry<String, Failure>>();
        var first = AefRecords.identifier(firstText);
        var last = AefRecords.identifier(lastText);
        if (first.isEmpty() || last.isEmpty() || !first.get().sameSeries(last.get())
                || first.get().serial().compareTo(last.get().serial()) > 0) {
            found.add(Map.entry(ITMO_ID_WELL_FORMED, new Failure(where, "ITMO ids " + firstText + " … " + lastText
                    + " are not one well-formed series, first before last")));
            return found;
        }
        var span = last.get().serial().subtract(first.get().serial()).add(BigInteger.ONE);
        // Kilogram credits under a declared conversion: units = ITMOs × units an ITMO, exactly.
        boolean unitsAgree = units.quantity() % unitsPerItmo == 0 && units.quantity() / unitsPerItmo == quantity;
        if (span.compareTo(BigInteger.valueOf(quantity)) != 0 || !unitsAgree) {
            found.add(Map.entry(QUANTITY, new Failure(where, "quantity " + quantity + " but last − first + 1 = " + span
                    + " ITMOs and " + units.quantity() + " underlying units" + (unitsPerItmo == 1 ? ""
                    : " (" + unitsPerItmo + " an ITMO)"))));
        }
        return found;
    }

    private List<Map.Entry<String, Failure>> authorization(Pair pair) {
        var a = byId.get(pair.authorizationId());
        var where = where(pair);
        if (a == null) {
            return List.of(Map.entry(AUTHORIZATION, new Failure(where, "authorization " + pair.authorizationId()
                    + " is not one of the Party's")));
        }
        var found = new ArrayList<Map.Entry<String, Failure>>();
        if (a.status() == AuthorizationStatus.REVOKED) {
            found.add(Map.entry(AUTHORIZATION, new Failure(where, "authorization " + a.authorizationId() + " is revoked")));
        }
        // An id that does not parse has no vintage to judge; ITMO_ID_WELL_FORMED reports it.
        pair.first().map(ItmoIdentifier::vintage)
                .filter(v -> a.vintageFrom() != null && v < a.vintageFrom() || a.vintageTo() != null && v > a.vintageTo())
                .ifPresent(v -> found.add(Map.entry(AUTHORIZATION, new Failure(where, "vintage " + v + " outside the authorized "
                        + a.vintageFrom() + "–" + a.vintageTo()))));
        boolean onlyNdc = a.purposes().equals(Set.of(Purpose.NDC));
        if (onlyNdc && !"first international transfer".equals(pair.trigger())) {
            found.add(Map.entry(AUTHORIZATION, new Failure(where, "first transferred at " + pair.trigger()
                    + " under an authorization for NDC use only, whose first transfer is the first international transfer")));
        }
        return found;
    }

    private void add(List<Failure> row, Map.Entry<String, Failure> failure) {
        row.add(failure.getValue());
        failures.get(failure.getKey()).add(failure.getValue());
    }

    List<PreSubmissionCheck> results() {
        return List.of(new PreSubmissionCheck(ITMO_ID_WELL_FORMED, "first and last ITMO ids parse and form one series", failures.get(ITMO_ID_WELL_FORMED)),
                new PreSubmissionCheck(QUANTITY, "quantity = last − first + 1, in ITMOs and in underlying units", failures.get(QUANTITY)),
                new PreSubmissionCheck(AUTHORIZATION, "each action under an authorization of the Party, not revoked, for a use it"
                        + " allows, a vintage inside its timeframe and within its cap", failures.get(AUTHORIZATION)),
                new PreSubmissionCheck(HOLDINGS, "transfers, uses and cancellations only of units the Party's first-transferred"
                        + " ITMO blocks hold", failures.get(HOLDINGS)));
    }

    private static String where(Pair pair) {
        return pair.firstItmoId() + " (" + pair.registry() + " " + pair.issuance() + " " + pair.units() + ")";
    }
}
