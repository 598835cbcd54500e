/** The command line: every operator action as a picocli command with its own help. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "ledger", "blocks", "authorization", "sync", "reconciliation", "reporting", "simulator", "security", "quarantine", "exports"})
package org.a6gateway.cli;
