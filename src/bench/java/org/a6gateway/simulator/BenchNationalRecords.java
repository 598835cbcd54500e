package org.a6gateway.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link BenchWorld}'s national records as the simulated national registry serves them, made
 * from their position on request. Authorization {@code KOR-KVS-B<project>} is the record of every
 * other project, at position project / 2, while there are authorizations.
 */
final class BenchNationalRecords implements ItmoRegistry.Generated {

    private static final String AUTHORIZATION_PREFIX = "KOR-KVS-B";

    private final BenchWorld world;

    BenchNationalRecords(BenchWorld world) {
        this.world = world;
    }

    @Override
    public int size() {
        return world.nationalRecords();
    }

    @Override
    public SyntheticDemo.Change record(int position) {
        return world.nationalRecord(position);
    }

    @Override
    public ObjectNode authorization(String id) {
        if (!id.startsWith(AUTHORIZATION_PREFIX)) {
            return null;
        }
        try {
            int project = Integer.parseInt(id.substring(AUTHORIZATION_PREFIX.length()));
            if (project % 2 != 0 || project / 2 >= world.authorizations()) {
                return null;
            }
            var record = world.nationalRecord(project / 2);
            return "authorization".equals(record.field()) ? record.value() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
