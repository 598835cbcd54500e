package org.a6gateway.registries;

/**
 * What a registry is to the gateway: a private registry holds the credits in serial blocks and
 * carries the labels and ITMO references; the national registry holds the authorizations, the ITMO
 * records and the adjustments; a publication registry (a meta-registry such as CADT) is where the
 * gateway publishes what the national side decided on the private units, and reads it back.
 */
public enum RegistryRole {
    PRIVATE,
    NATIONAL,
    PUBLICATION
}
