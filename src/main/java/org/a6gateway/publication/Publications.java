package org.a6gateway.publication;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.ledger.Ledger;
import org.a6gateway.ledger.LedgerEntry;
import org.a6gateway.registries.ConfiguredRegistries;
import org.a6gateway.registries.Registry;
import org.a6gateway.registries.RegistryNotConfigured;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;

/**
 * Publishes to every publication registry in rounds (a round stages and commits once): read what it shows, plan the difference with
 * what is wanted, stage and commit it, read again; done when a read shows the plan empty (a split
 * takes two rounds: its parts are updated once the registry named them). A run that changes
 * nothing stages nothing. Each change the registry accepted goes into the ledger, and a unit the
 * ledger says was published there is never created again; what still differs after the last
 * round is kept as discrepancies of that registry.
 */
@Service
public class Publications {

    private static final Logger LOG = LoggerFactory.getLogger(Publications.class);
    static final int ROUNDS = 4;
    private static final String UNIT_PUBLISHED = "UNIT_PUBLISHED";

    private final List<PublicationTarget> targets = new ArrayList<>();
    private final WantedUnitsReader wanted;
    private final PublicationDiscrepancies discrepancies;
    private final Ledger ledger;

    Publications(ConfiguredRegistries registries, List<PublicationProtocol> protocols, WantedUnitsReader wanted,
                 PublicationDiscrepancies discrepancies, Ledger ledger) {
        for (Registry registry : registries.publications()) {
            targets.add(protocols.stream().filter(p -> p.name().equals(registry.protocol())).findFirst()
                    .orElseThrow(() -> new RegistryNotConfigured("registry " + registry.id() + ": protocol '" + registry.protocol()
                            + "' is not one the gateway publishes with (" + protocols.stream().map(PublicationProtocol::name)
                            .sorted().collect(Collectors.joining(", ")) + ")"))
                    .connect(registry));
        }
        this.wanted = wanted;
        this.discrepancies = discrepancies;
        this.ledger = ledger;
    }

    public boolean any() {
        return !targets.isEmpty();
    }

    /** Publishes to each registry in turn; one that cannot be reached is reported and leaves the others published. */
    public Map<String, PublicationResult> publishAll(String cause) {
        var results = new LinkedHashMap<String, PublicationResult>();
        for (PublicationTarget target : targets) {
            try {
                results.put(target.id(), publish(target, cause));
            } catch (RestClientException | PublicationFailure e) {
                LOG.warn("publication to {} failed: {}", target.id(), e.getMessage());
                results.put(target.id(), PublicationResult.failed(e.getMessage()));
            }
        }
        return results;
    }

    PublicationResult publish(PublicationTarget target, String cause) {
        var publishedBefore = new HashSet<>(ledger.subjects(target.id(), UNIT_PUBLISHED));
        int created = 0;
        int updated = 0;
        int split = 0;
        int rounds = 0;
        var refusedByTarget = new ArrayList<Refusal>();
        var refusedKeys = new HashSet<String>();
        for (int round = 1; ; round++) {
            var published = target.read();
            var wantedUnits = wanted.read(published);
            var plan = PublicationPlan.of(wantedUnits.units(), published);
            var notShown = plan.creations().stream().filter(u -> publishedBefore.contains(subject(u))).toList();
            var staged = without(onceOnly(plan, notShown), refusedKeys);
            if (staged.isEmpty() || round > ROUNDS) {
                var refused = new ArrayList<>(wantedUnits.refused());
                refused.addAll(refusedByTarget);
                notShown.forEach(u -> refused.add(new Refusal(u.sourceRegistry(), u.blockId(), u.registry(), u.issuanceId(), u.range(),
                        u.tonnes(), "published before (ledger) but not shown by " + target.id() + " now: never created twice")));
                var found = new PublicationFindings(target.id()).of(staged, refused);
                discrepancies.replace(target.id(), found);
                return new PublicationResult(created, updated, split, rounds, refused.size(), found.size(), null);
            }
            var refusals = target.apply(staged);
            refusedByTarget.addAll(refusals);
            refusals.forEach(r -> refusedKeys.add(key(r.program(), r.issuance(), r.range().toString())));
            var accepted = without(staged, refusedKeys);
            rounds += accepted.isEmpty() ? 0 : 1;
            created += accepted.creations().size();
            updated += accepted.updates().size();
            split += accepted.splits().size();
            record(target.id(), accepted, cause);
            accepted.creations().forEach(u -> publishedBefore.add(subject(u)));
        }
    }

    /**
     * The plan without creating again units the ledger says were published there: a read that
     * misses them (a registry applying a commit) must not list the same tonnes twice.
     */
    private static PublicationPlan onceOnly(PublicationPlan plan, List<PublishedUnit> notShown) {
        if (notShown.isEmpty()) {
            return plan;
        }
        return new PublicationPlan(plan.creations().stream().filter(u -> !notShown.contains(u)).toList(), plan.updates(),
                plan.splits(), plan.orphans());
    }

    private static PublicationPlan without(PublicationPlan plan, Set<String> refused) {
        if (refused.isEmpty()) {
            return plan;
        }
        return new PublicationPlan(plan.creations().stream().filter(u -> !refused.contains(key(u))).toList(),
                plan.updates().stream().filter(u -> !refused.contains(key(u.wanted()))).toList(),
                plan.splits().stream().filter(s -> !refused.contains(key(s.published()))).toList(), plan.orphans());
    }

    static String key(PublishedUnit unit) {
        return key(unit.registry(), unit.issuanceId(), unit.range().toString());
    }

    private static String key(String registry, String issuance, String range) {
        return registry + "|" + issuance + "|" + range;
    }

    private void record(String target, PublicationPlan accepted, String cause) {
        accepted.splits().forEach(s -> ledger.append(new LedgerEntry(target, "PUBLISHED_UNIT_SPLIT", subject(s.published()), cause,
                s.published().range().toString(), s.parts().stream().map(p -> p.range().toString()).toList().toString())));
        accepted.creations().forEach(u -> ledger.append(new LedgerEntry(target, UNIT_PUBLISHED, subject(u),
                cause + ", block " + u.blockId() + " of " + u.sourceRegistry(), null, u.describe())));
        accepted.updates().forEach(u -> ledger.append(new LedgerEntry(target, "PUBLISHED_UNIT_UPDATED", subject(u.wanted()),
                cause + ", block " + u.wanted().blockId() + " of " + u.wanted().sourceRegistry(),
                String.join("; ", u.differences()), u.wanted().describe())));
    }

    private static String subject(PublishedUnit unit) {
        return unit.registry() + " " + (unit.issuanceId() == null ? "" : unit.issuanceId() + " ") + unit.range()
                + (unit.id() == null ? "" : " (unit " + unit.id() + ")");
    }
}
