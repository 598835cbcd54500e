/**
 * The registries' public exports: Verra's VCU export (CSV, XLSX and the JSON behind
 * it), Verra's new-platform issuance, retirement and cancellation reports, Gold Standard's
 * issuance and retirement exports and its public API JSON. A plain-Java core reads each file
 * by exact header set into {@link org.a6gateway.exports.ExportRow}s; the import stores them, once
 * per file content, beside the block store (never in it: the gateway has no write API into a
 * registry it only knows from exports, so no job may push labels for them), holds bad rows in the
 * quarantine, and compares the Article 6 labels found with the national authorizations.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "store", "blocks", "authorization", "quarantine", "nationalrecords"})
package org.a6gateway.exports;
