/**
 * Requests for the operators of registries the gateway reads but cannot write (public APIs): each
 * command decided for such a registry, open in the outbox, told in the registry's own terms (its
 * serials, its label text), listed and exported as CSV, with its age.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "outbox", "connectors", "reporting"})
package org.a6gateway.requests;
