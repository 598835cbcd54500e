/** The command line: every operator action as a picocli command with its own help. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "ledger", "jobs", "feeds", "outbox", "blocks", "authorization", "quarantine", "exports",
                "reporting", "reconciliation", "sync", "simulator", "security"})
package org.a6gateway.cli;
