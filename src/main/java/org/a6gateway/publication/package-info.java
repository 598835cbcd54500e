/**
 * Publication of what the national side decided on private units to a meta-registry (CADT): for
 * every authorized block, one published unit with its project, serial range, vintage, the
 * corresponding-adjustment declaration and status its labels call for and the letters of
 * authorization behind it. Each run reads the registry back, plans the difference (split, create,
 * update; never delete) and stages it until the registry shows exactly the plan; what still
 * differs is kept as a discrepancy of that registry. The registry's own API is a protocol's
 * ({@link org.a6gateway.publication.PublicationProtocol}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "blocks", "nationalrecords", "registries", "reconciliation", "ledger"})
package org.a6gateway.publication;
