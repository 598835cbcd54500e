/**
 * The private (VCM) registry adapter: reads its change feed through the generated client,
 * translates blocks into the gateway's model and stores them; pushes label and ITMO reference
 * commands.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"units", "store", "feeds", "outbox", "blocks", "authorization", "itmo", "quarantine"})
package org.a6gateway.vcm;
