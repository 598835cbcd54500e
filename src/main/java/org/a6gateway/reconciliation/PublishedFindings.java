package org.a6gateway.reconciliation;

import java.util.List;

/**
 * The discrepancies the latest publication left on each publication registry (what it shows
 * against what was decided), taken into each reconciliation run with the sweep's.
 */
public interface PublishedFindings {

    List<Discrepancy> latest();
}
