package org.a6gateway.blocks;

import java.time.LocalDate;

/**
 * Where and when credits come from: the program, project and host country, and the vintage. All an
 * authorization's coverage asks of a block, so a group of blocks sharing them is matched once.
 */
public interface Provenance {

    String program();

    String projectId();

    String hostCountry();

    int vintageYear();

    /** Null when the registry gives the vintage year only. */
    LocalDate vintageStart();

    /** Null when the registry gives the vintage year only. */
    LocalDate vintageEnd();
}
