/** The command line: every operator action as a picocli command with its own help. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "ledger", "jobs", "feeds", "outbox", "quarantine", "exports", "reporting",
                "reconciliation", "sync", "simulator", "security", "blocks", "nationalrecords", "requests", "publication", "registries", "dryrun"})
package org.a6gateway.cli;
