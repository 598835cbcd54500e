/**
 * The national Article 6.2 registry adapter: reads its change feed (authorizations, actions,
 * corresponding adjustments, ITMO pairs) through the generated client, and pushes the ITMO pair
 * registrations the jobs decided.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"units", "store", "feeds", "outbox", "authorization", "itmo", "quarantine"})
package org.a6gateway.national;
