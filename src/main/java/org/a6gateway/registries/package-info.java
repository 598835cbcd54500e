/**
 * Which registries the gateway talks to: the configured list ({@code a6.registries}, or the one
 * private and one national registry of {@code a6.vcm} and {@code a6.national}), each with its id,
 * role, protocol, URL and credentials, checked before anything starts. Configuration only: the
 * decisions read from it which registry is the national one; the connectors are elsewhere.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.a6gateway.registries;
