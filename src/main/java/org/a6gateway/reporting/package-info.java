/**
 * Reports government staff sign: the BTR structured summary (Table 4) computed from the blocks
 * and authorizations the gateway ingested, with the blocks behind every figure. The rules are
 * pure (Table4Calculator); Table4Source reads the store, the writers make JSON, CSV and xlsx.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "jobs", "blocks", "authorization", "itmo", "nationalrecords"})
package org.a6gateway.reporting;
