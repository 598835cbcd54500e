-- What the last reconciliation read in each scope besides the blocks (the national records and the
-- ledger's expectations on its units, and the standing of the authorizations its ITMO pairs name),
-- as one SHA-256 digest per scope. The sync's reconciliation compares again only the scopes whose
-- blocks changed (decision_change) or whose digest differs, and carries the other scopes' findings
-- forward. A scope is a registry's issuance, or the whole registry when it numbers its units across
-- issuances (Verra): whole_registry, with issuance ''.
CREATE TABLE reconciled_scope (
    registry       VARCHAR(100) NOT NULL,
    whole_registry BOOLEAN      NOT NULL,
    issuance       VARCHAR(200) NOT NULL,
    digest         VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_reconciled_scope PRIMARY KEY (registry, whole_registry, issuance)
);

-- How many scopes a run compared: null when it compared everything (the reconcile job, a sync's
-- first), so that an operator sees what a sync's run looked at.
ALTER TABLE reconciliation_run ADD COLUMN scopes_compared INTEGER;
