package org.a6gateway.publication;

import java.util.ArrayList;
import java.util.List;
import org.a6gateway.reconciliation.Discrepancy;
import org.a6gateway.reconciliation.DiscrepancyType;

/**
 * Turns what a publication left differing into discrepancies of the publication registry: blocks
 * not published (refused, with the reason), units it shows otherwise than decided, and published
 * units no private block holds. {@code values}: what the gateway's decisions say, then what the
 * registry shows.
 */
final class PublicationFindings {

    private final String target;
    private final List<Discrepancy> found = new ArrayList<>();

    PublicationFindings(String target) {
        this.target = target;
    }

    List<Discrepancy> of(PublicationPlan plan, List<Refusal> refused) {
        refused.forEach(r -> found.add(new Discrepancy(DiscrepancyType.PUBLICATION_MISSING, r.program(), r.issuance(),
                r.range(), r.tonnes(), "block " + r.blockId() + " of " + r.sourceRegistry() + " at " + target,
                "not published: " + r.reason(), "absent")));
        plan.creations().forEach(w -> found.add(new Discrepancy(DiscrepancyType.PUBLICATION_MISSING, w.registry(),
                w.issuanceId(), w.range(), w.tonnes(), "block " + w.blockId() + " of " + w.sourceRegistry() + " at " + target,
                w.describe(), "absent")));
        plan.updates().forEach(u -> found.add(new Discrepancy(DiscrepancyType.PUBLICATION_DRIFT, u.wanted().registry(),
                u.wanted().issuanceId(), u.wanted().range(), u.wanted().tonnes(), unit(u.wanted().id()) + ", block "
                + u.wanted().blockId(), u.wanted().describe(), String.join("; ", u.differences()))));
        plan.splits().forEach(s -> found.add(new Discrepancy(DiscrepancyType.PUBLICATION_DRIFT, s.published().registry(),
                s.published().issuanceId(), s.published().range(), s.published().tonnes(), unit(s.published().id()),
                "decided apart: " + s.parts().stream().map(p -> p.range().toString()).toList(), "one unit " + s.published().range())));
        plan.orphans().forEach(o -> found.add(new Discrepancy(DiscrepancyType.PUBLICATION_ORPHAN, o.registry(), o.issuanceId(),
                o.range(), o.tonnes(), unit(o.id()), "no private block holds these units", o.describe())));
        return List.copyOf(found);
    }

    private String unit(String id) {
        return target + " unit " + id;
    }
}
