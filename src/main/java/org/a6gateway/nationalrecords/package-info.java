/**
 * The national registry's records as the gateway last read them, beside {@code blocks} (the
 * private registries' units): authorizations, ITMO actions (first transfers, uses, cancellations),
 * corresponding adjustments reported in BTRs and ITMO withdrawals. The national feed writes them;
 * the decisions, reports and reconciliation read them. Confirmed ITMO pairs are handed to the ITMO
 * decisions through {@code PairConfirmations}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"units", "jobs", "store"})
package org.a6gateway.nationalrecords;
