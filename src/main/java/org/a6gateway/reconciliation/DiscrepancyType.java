package org.a6gateway.reconciliation;

/** Every kind of disagreement the reconciler finds, with the rule it breaks and what an operator should do. */
public enum DiscrepancyType {

    MISSING_ON_PRIVATE(Severity.HIGH,
            "docs/domain.md §4, §7 invariant 5: every ITMO record and every change the gateway made names units the private registry holds",
            "Ask the private registry whether these units exist; if they do not, ask the national registry to correct its record"),
    MISSING_ON_NATIONAL(Severity.HIGH,
            "docs/domain.md §1.4, §7 invariant 5: an ITMO reference on a private unit needs its pair on the national registry",
            "Replay the pair registration (outbox replay) or have the private registry remove the reference"),
    QUANTITY_DRIFT(Severity.HIGH,
            "docs/domain.md §7 invariant 4: the quantity a record states equals the units behind it",
            "Have the registry whose figure is wrong correct it before any report is signed"),
    VINTAGE_DRIFT(Severity.MEDIUM,
            "docs/domain.md §2 quantity drift: both registries give the same units the same vintage",
            "Check the issuance record and correct the ITMO identifier's vintage or the private block"),
    STATUS_DRIFT(Severity.HIGH,
            "docs/domain.md §2 quantity drift, §7: units used or cancelled as ITMOs must not stay tradable on the private side",
            "Have the private registry retire or cancel the units the national registry recorded as used or cancelled"),
    HOLDER_DRIFT(Severity.MEDIUM,
            "docs/domain.md §2 quantity drift: both registries name the same holding account",
            "Confirm the last transfer with both registries and correct the one that missed it"),
    OVERLAPPING_SERIALS(Severity.CRITICAL,
            "docs/domain.md §7 invariant 1: every serial unit belongs to at most one block",
            "Suspend the blocks and ask the private registry which issuance is genuine (double issuance)"),
    SERIAL_UNDER_TWO_ITMO_IDS(Severity.CRITICAL,
            "docs/domain.md §7 invariant 1: every serial unit belongs to at most one ITMO identifier",
            "Ask the national registry to cancel the ITMO block that was registered second"),
    DOUBLE_CLAIM(Severity.CRITICAL,
            "docs/domain.md §2 double claiming, §7: units retired for a voluntary claim may never become ITMOs",
            "Stop the ITMO transfer or use, or have the retirement reversed; the same tonne cannot count twice"),
    LABEL_WITHOUT_AUTHORIZATION(Severity.CRITICAL,
            "docs/domain.md §7 invariant 3: every authorized label matches an authorization",
            "Have the private registry remove the label, or obtain the authorization behind it"),
    LABEL_OUTSIDE_PURPOSES(Severity.CRITICAL,
            "docs/domain.md §7 invariant 3: the labelled use is one the authorization allows",
            "Have the private registry remove the label for the use the authorization does not allow"),
    LABEL_OUTSIDE_TIMEFRAME(Severity.CRITICAL,
            "docs/domain.md §7 invariant 3: vintage and mitigation dates inside the authorization's timeframe",
            "Have the private registry remove the label from units outside the authorized timeframe"),
    LABEL_OVER_CAP(Severity.CRITICAL,
            "docs/domain.md §7 invariant 3: cumulative labelled quantity within the authorization's cap",
            "Have the private registry remove the label from the units beyond the cap (latest issuances first)"),
    CA_OUT_OF_ORDER(Severity.CRITICAL,
            "docs/domain.md §7 invariant 2: correspondingly adjusted implies authorized, first transferred and CA reported",
            "Have the private registry remove the \"correspondingly adjusted\" label until every condition holds"),
    REVOKED_STILL_LABELLED(Severity.HIGH,
            "docs/domain.md §2 revocation: labels follow a revoked authorization or revoked credits",
            "Have the private registry remove the labels of the revoked authorization or credits"),
    REVOKED_STILL_PAIRED(Severity.HIGH,
            "docs/domain.md §2 revocation: ITMO identifiers follow a revoked authorization or revoked credits",
            "Ask the national registry to cancel the ITMO block and record why"),
    UNIT_MISMATCH(Severity.HIGH,
            "docs/domain.md §2 unit mismatch, §5 metric, §7 invariant 4: ITMOs count whole t CO2e; a unit of another size, or an"
                    + " authorization in another metric, needs a declared conversion",
            "Correct the national record to count tonnes, not serial units, or declare the conversion from the authorization's metric"),
    // The registries' public exports: labels the registry shows on units the gateway
    // knows only from an export, compared with the national authorizations. The gateway pushes
    // nothing for these units; the action is the government's, with the registry.
    EXPORT_LABEL_WITHOUT_AUTHORIZATION(Severity.CRITICAL,
            "docs/domain.md §1 (labels), §2 label without authorization, §7 invariant 3: an Article 6 label in the registry's public"
                    + " export needs an authorization covering the project, host country and vintage",
            "Ask the registry to remove the label, or record the authorization behind it in the national registry"),
    EXPORT_LABEL_OUTSIDE_PURPOSES(Severity.CRITICAL,
            "docs/domain.md §1 (labels mirror the uses in the letter of authorization), §7 invariant 3: the use an exported label"
                    + " states is one the authorization allows",
            "Ask the registry to remove the label for the use the authorization does not allow, or amend the authorization"),
    EXPORT_LABEL_OUTSIDE_TIMEFRAME(Severity.CRITICAL,
            "docs/domain.md §7 invariant 3: an exported label's vintage and mitigation dates lie inside the authorization's timeframe",
            "Ask the registry to remove the label from the units outside the authorized vintages or mitigation period"),
    EXPORT_LABEL_REVOKED(Severity.HIGH,
            "docs/domain.md §2 revocation: labels follow a revoked authorization, in the registry's public export too",
            "Ask the registry to remove the labels of the revoked authorization"),
    EXPORT_LABEL_NOT_IN_TABLE(Severity.MEDIUM,
            "docs/domain.md §1: label texts are matched exactly (en dash U+2013 is not a hyphen); the registry's label table in"
                    + " configuration (a6.exports.labels) names every text it uses",
            "Check the text against the registry's published labels: add it to a6.exports.labels if genuine, or ask the"
                    + " registry to correct it"),
    // A publication registry (CADT) shows what the national side decided on private units; these
    // compare what it shows after a run's publication with the decisions.
    PUBLICATION_MISSING(Severity.HIGH,
            "docs/real-registries.md (publication): every authorized private block is published with its adjustment's"
                    + " declaration and status",
            "Read the reason: correct the block or the configuration it names, or the entry the publication registry refused;"
                    + " the next sync publishes it"),
    PUBLICATION_DRIFT(Severity.HIGH,
            "docs/real-registries.md (publication), docs/domain.md §7 invariant 2: the publication registry states the units,"
                    + " status and corresponding adjustment the decisions give",
            "Check who changed the published unit; the next sync stages the decided values again"),
    PUBLICATION_ORPHAN(Severity.MEDIUM,
            "docs/real-registries.md (publication): a published unit names units a private registry holds",
            "Ask the private registry what became of these units; mark the published unit in the publication registry");

    private final Severity severity;
    private final String rule;
    private final String suggestedAction;

    DiscrepancyType(Severity severity, String rule, String suggestedAction) {
        this.severity = severity;
        this.rule = rule;
        this.suggestedAction = suggestedAction;
    }

    public Severity severity() {
        return severity;
    }

    public String rule() {
        return rule;
    }

    public String suggestedAction() {
        return suggestedAction;
    }

    /** Found on the labels of the registries' public exports (a check of its own, beside the sweep). */
    public boolean fromExports() {
        return name().startsWith("EXPORT_");
    }

    /** Found on a publication registry's read-back, not by the sweep of the private and national registries. */
    public boolean fromPublication() {
        return name().startsWith("PUBLICATION_");
    }
}
