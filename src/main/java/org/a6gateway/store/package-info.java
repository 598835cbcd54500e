/**
 * SQL helpers the stores share: array parameters read a part at a time, pooled row ids for rows
 * written in JDBC batches, lookups of rows holding a range of units, and what storing a page did.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.a6gateway.store;
