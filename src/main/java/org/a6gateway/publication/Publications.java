package org.a6gateway.publication;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Publishes to every publication registry ({@link PublicationRounds}). Each change a registry
 * shows goes into the ledger, and a unit the ledger says was published there is never created
 * again; what still differs after the last round is kept as discrepancies of that registry.
 */
@Service
public class Publications {

    private static final Logger LOG = LoggerFactory.getLogger(Publications.class);
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
        var rounds = new PublicationRounds(target, new HashSet<>(ledger.subjects(target.id(), UNIT_PUBLISHED)),
                shown -> record(target.id(), shown, cause));
        var outcome = rounds.run(wanted::read);
        outcome.refused().stream().collect(Collectors.groupingBy(Refusal::reason, Collectors.counting()))
                .forEach((reason, count) -> LOG.info("publication to {}: {} not published: {}", target.id(), count, reason));
        var found = new PublicationFindings(target.id()).of(outcome.left(), outcome.refused());
        discrepancies.replace(target.id(), found);
        return new PublicationResult(outcome.created(), outcome.updated(), outcome.split(), outcome.rounds(),
                outcome.refused().size(), found.size(), null);
    }

    private void record(String target, PublicationPlan shown, String cause) {
        shown.splits().forEach(s -> ledger.append(new LedgerEntry(target, "PUBLISHED_UNIT_SPLIT", subject(s.published()), cause,
                s.published().range().toString(), s.parts().stream().map(p -> p.range().toString()).toList().toString())));
        shown.creations().forEach(u -> ledger.append(new LedgerEntry(target, UNIT_PUBLISHED, PublicationRounds.key(u),
                cause + ", block " + u.blockId() + " of " + u.sourceRegistry(), null, u.describe() + ", unit " + u.id())));
        shown.updates().forEach(u -> ledger.append(new LedgerEntry(target, "PUBLISHED_UNIT_UPDATED", subject(u.wanted()),
                cause + ", block " + u.wanted().blockId() + " of " + u.wanted().sourceRegistry(),
                String.join("; ", u.differences()), u.wanted().describe())));
    }

    private static String subject(PublishedUnit unit) {
        return PublicationRounds.key(unit) + " (unit " + unit.id() + ")";
    }
}
