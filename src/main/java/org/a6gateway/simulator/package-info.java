/** The simulated registries (WireMock) for the demo and the tests. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"units", "registries"})
package org.a6gateway.simulator;
