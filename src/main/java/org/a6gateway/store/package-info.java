/**
 * SQL helpers the stores share: array parameters read a part at a time, pooled row ids for rows
 * written in JDBC batches, lookups of rows holding a range of units, what storing a page did, and
 * reads made one batch ahead of the job that uses them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.a6gateway.store;
