/**
 * The national Article 6.2 registry adapter: reads its change feed (authorizations now; actions,
 * corresponding adjustments and ITMO pairs as the jobs come) through the generated client.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"units", "ledger", "blocks", "authorization"})
package org.a6gateway.national;
