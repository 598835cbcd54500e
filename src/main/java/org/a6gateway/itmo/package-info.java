/**
 * ITMO identifiers: when a block is first transferred under its authorization's definition, and
 * the ITMO block (serial-embedded, see docs/serials.md) that stands for it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"units", "ledger", "blocks", "authorization"})
package org.a6gateway.itmo;
