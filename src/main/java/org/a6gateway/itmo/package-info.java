/**
 * ITMO identifiers and corresponding adjustments: when a block is first transferred under its
 * authorization's definition, the ITMO block (serial-embedded, see docs/serials.md) that stands for
 * it, and the "correspondingly adjusted" label a BTR adjustment allows. The rules are pure
 * (ItmoDecisions, AdjustmentDecisions); the jobs around them store pairs and what was held back,
 * and enqueue the commands.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "ledger", "jobs", "store", "outbox", "blocks", "authorization", "registries",
                "nationalrecords"})
package org.a6gateway.itmo;
