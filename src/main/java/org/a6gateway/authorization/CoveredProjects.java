package org.a6gateway.authorization;

import java.util.List;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.nationalrecords.AuthorizationRecord;

/** The store's projects whose blocks an authorization covers. */
public final class CoveredProjects {

    private CoveredProjects() {
    }

    /** Each once, in the order the authorization lists its activities. */
    public static List<BlockStore.Project> of(AuthorizationRecord authorization) {
        return authorization.coveredActivities().stream()
                .map(a -> new BlockStore.Project(a.registry(), a.projectId(), a.hostCountry())).distinct().toList();
    }
}
