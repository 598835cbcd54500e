package org.a6gateway.reporting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.reporting.AefRecords.Action;
import org.a6gateway.reporting.AefRecords.Pair;
import org.a6gateway.reporting.PreSubmissionCheck.Failure;
import org.a6gateway.units.ItmoBlock;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Party's AEF for one reported year, from the store: T1 the submission, T2 its authorizations,
 * T3 the year's actions (its ITMO blocks first transferred that year, then the national
 * registry's transfers, uses and cancellations), T4 what it still holds at the year's end, T5 the
 * entities its authorizations name. One row per contiguous block; "NA" where a field does not
 * apply or no registry records it. Every T3 row goes through the pre-submission checks and says
 * in its last two columns whether it passed and why not.
 */
@Service
public class AefExport {

    private final AuthorizationStore authorizations;
    private final AefRecords records;

    AefExport(AuthorizationStore authorizations, AefRecords records) {
        this.authorizations = authorizations;
        this.records = records;
    }

    /** Writes the tables into the sink and answers the checks it closed them with. */
    @Transactional(readOnly = true)
    public List<PreSubmissionCheck> write(AefRequest request, AefSink sink) throws IOException {
        String party = request.party().alpha3();
        var byId = latestVersions(party, request.reportedYear());
        var pairs = records.pairsOf(party);
        var actions = records.actionsUntil(request.reportedYear(), byId.keySet());
        var checks = new AefChecks(byId, pairs);
        table(sink, AefTable.T1, List.of(submission(request)));
        table(sink, AefTable.T2, byId.values().stream().map(AefExport::authorization).toList());
        sink.startTable(AefTable.T3);
        for (Pair pair : pairs) {
            checks.countTowardsCap(pair);
            if (pair.year() != null && pair.year() == request.reportedYear()) {
                sink.row(firstTransfer(pair, byId.get(pair.authorizationId()), party, checks.of(pair)));
            }
        }
        for (Action action : actions) {
            if (action.date().getYear() == request.reportedYear()) {
                sink.row(action(action, byId.get(action.authorizationId()), checks.of(action)));
            }
        }
        sink.endTable();
        table(sink, AefTable.T4, holdings(pairs, new AefHoldings(actions, records.reversed()), byId, request.reportedYear()));
        table(sink, AefTable.T5, byId.values().stream().flatMap(a -> a.authorizedEntities().stream().map(e -> entity(a, e))).toList());
        var results = checks.results();
        sink.finish(results);
        return results;
    }

    private static void table(AefSink sink, AefTable table, List<List<Object>> rows) throws IOException {
        sink.startTable(table);
        for (List<Object> row : rows) {
            sink.row(row);
        }
        sink.endTable();
    }

    /** The latest version of each of the Party's authorizations given by the end of the year. */
    private Map<String, AuthorizationRecord> latestVersions(String party, int year) {
        return authorizations.all().stream().filter(a -> party.equals(a.party()) && a.authorizationYear() <= year)
                .sorted(Comparator.comparing(AuthorizationRecord::authorizationId).thenComparingInt(AuthorizationRecord::version))
                .collect(Collectors.toMap(AuthorizationRecord::authorizationId, a -> a, (older, newer) -> newer, LinkedHashMap::new));
    }

    private static List<Object> submission(AefRequest r) {
        return List.of(r.party().alpha3(), "1.0", r.reportedYear(), r.submissionDate(), r.ndcFirstYear(), r.ndcLastYear());
    }

    private static List<Object> authorization(AuthorizationRecord a) {
        return values(a.authorizationId(), a.version(), a.date(), a.cooperativeApproachId(), joined(a.authorizedParties()),
                joined(a.authorizedEntities()), a.status().name(), a.quantityCap(), a.metric(), a.gwpValues(), a.nonGhgMetric(),
                joined(a.sectors()), joined(a.activityTypes()), purposes(a.purposes()), a.oimpDetail(),
                definition(a.firstTransferDefinition().name()), a.mitigationFrom(), a.mitigationTo(), a.useFrom(), a.useTo(),
                a.vintageFrom(), a.vintageTo(), a.terms(), joined(a.documentLinks()));
    }

    private static List<Object> firstTransfer(Pair pair, AuthorizationRecord a, String party, List<Failure> failures) {
        var first = pair.first();
        String subtype = subtype(pair.trigger());
        return values(pair.date(), "First transfer", subtype, first.map(ItmoIdentifier::cooperativeApproach).orElse(null),
                pair.authorizationId(), party, first.map(ItmoIdentifier::registryId).orElse(null), pair.firstItmoId(),
                pair.lastItmoId(), pair.registry(), pair.units().start(), pair.units().end(), metric(a), gwp(a), null,
                pair.quantity(), null, null, first.map(ItmoIdentifier::vintage).orElse(null),
                "First transfer to another Party".equals(subtype) ? party : null, null, null, null, null, null,
                consistency(failures), explanation(failures));
    }

    private static List<Object> action(Action action, AuthorizationRecord a, List<Failure> failures) {
        var first = AefRecords.identifier(action.firstItmoId());
        boolean useOrCancellation = Set.of("USE", "CANCELLATION", "VOLUNTARY_CANCELLATION").contains(action.type());
        return values(action.date(), actionType(action.type()), null, first.map(ItmoIdentifier::cooperativeApproach).orElse(null),
                action.authorizationId(), first.map(ItmoIdentifier::party).orElse(null), first.map(ItmoIdentifier::registryId).orElse(null),
                action.firstItmoId(), action.lastItmoId(), action.registry(), action.units().start(), action.units().end(),
                metric(a), gwp(a), null, action.quantity(), null, null, first.map(ItmoIdentifier::vintage).orElse(null), null, null,
                useOrCancellation && a != null ? a.oimpDetail() : null, null, null, null, consistency(failures), explanation(failures));
    }

    /**
     * ITMO blocks first transferred by the year's end and not first transferred abroad, less what
     * actions took out and what was revoked; none of an authorization revoked by then.
     */
    private static List<List<Object>> holdings(List<Pair> pairs, AefHoldings leaving, Map<String, AuthorizationRecord> byId, int year) {
        var rows = new ArrayList<List<Object>>();
        for (Pair pair : pairs) {
            if (pair.year() == null || pair.year() > year || "first international transfer".equals(pair.trigger())) {
                continue;
            }
            var authorization = byId.get(pair.authorizationId());
            if (authorization != null && authorization.status() == AuthorizationStatus.REVOKED) {
                continue;
            }
            for (SerialRange range : wholeItmos(pair, leaving.held(pair))) {
                var ids = itmoIds(pair, range);
                var first = AefRecords.identifier(ids[0]);
                rows.add(values(first.map(ItmoIdentifier::cooperativeApproach).orElse(null), pair.authorizationId(),
                        authorization == null ? null : definition(authorization.firstTransferDefinition().name()),
                        first.map(ItmoIdentifier::registryId).orElse(null), ids[0], ids[1], pair.registry(), range.start(), range.end(),
                        metric(authorization), range.quantity() / pair.unitsPerItmo(), first.map(ItmoIdentifier::vintage).orElse(null)));
            }
        }
        return rows;
    }

    /**
     * The held units as whole ITMOs: an ITMO one of whose units an action took or a reversal ended is
     * no longer held, so a holding is never counted in fractions of a tonne.
     */
    private static List<SerialRange> wholeItmos(Pair pair, List<SerialRange> held) {
        if (pair.unitsPerItmo() == 1) {
            return held;
        }
        return held.stream().flatMap(r -> ItmoPair.wholeItmos(pair.units().start(), pair.unitsPerItmo(), r).stream()).toList();
    }

    /** The ITMO ids of part of a pair; the pair's own where it is whole or its ids do not parse. */
    private static String[] itmoIds(Pair pair, SerialRange range) {
        if (range.equals(pair.units())) {
            return new String[] {pair.firstItmoId(), pair.lastItmoId()};
        }
        try {
            var whole = new ItmoPair(new ItmoBlock(ItmoIdentifier.parse(pair.firstItmoId()), ItmoIdentifier.parse(pair.lastItmoId())),
                    pair.registry(), pair.issuance(), pair.units(), pair.unitsPerItmo());
            var part = whole.part(range).itmo();
            return new String[] {part.first().toString(), part.last().toString()};
        } catch (IllegalArgumentException e) {
            return new String[] {null, null};
        }
    }

    private static List<Object> entity(AuthorizationRecord a, String name) {
        return values(a.date(), name, null, null, a.cooperativeApproachId(), a.authorizationId(), a.terms(), null, null);
    }

    /** A row with "NA" for every null, empty or absent value. */
    static List<Object> values(Object... values) {
        return Arrays.stream(values).map(v -> v == null || "".equals(v) ? AefTable.NA : v).toList();
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }

    /** The AEF's controlled values: "NDC", "OIMP", "NDC and OIMP", … */
    static String purposes(Set<Purpose> purposes) {
        return purposes.stream().sorted().map(Purpose::name).collect(Collectors.joining(" and "));
    }

    private static String definition(String name) {
        return switch (name) {
            case "AUTHORISATION" -> "Authorization";
            case "ISSUANCE" -> "Issuance";
            case "USE_OR_CANCELLATION" -> "Use or cancellation";
            default -> "First international transfer";
        };
    }

    /** The AEF subtype of a first transfer, from the trigger the ITMO job recorded. */
    static String subtype(String trigger) {
        if (trigger == null) {
            return null;
        }
        return switch (trigger) {
            case "authorization" -> "Authorization";
            case "issuance" -> "Issuance";
            case "use or cancellation" -> "Use or cancellation";
            default -> "First transfer to another Party";
        };
    }

    static String actionType(String type) {
        return switch (type) {
            case "TRANSFER" -> "Transfer";
            case "ACQUISITION" -> "Acquisition";
            case "USE" -> "Use";
            case "CANCELLATION" -> "Cancellation";
            case "VOLUNTARY_CANCELLATION" -> "Voluntary Cancellation";
            default -> type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String metric(AuthorizationRecord a) {
        return a == null || a.metric() == null ? "GHG" : a.metric();
    }

    private static String gwp(AuthorizationRecord a) {
        return a == null ? null : a.gwpValues();
    }

    private static String consistency(List<Failure> failures) {
        return failures.isEmpty() ? "Consistent" : "Inconsistent";
    }

    private static String explanation(List<Failure> failures) {
        return failures.stream().map(Failure::detail).collect(Collectors.joining("; "));
    }
}
