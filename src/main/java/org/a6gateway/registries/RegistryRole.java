package org.a6gateway.registries;

/**
 * What a registry is to the gateway: a private registry holds the credits in serial blocks and
 * carries the labels and ITMO references; the national registry holds the authorizations, the ITMO
 * records and the adjustments.
 */
public enum RegistryRole {
    PRIVATE,
    NATIONAL
}
