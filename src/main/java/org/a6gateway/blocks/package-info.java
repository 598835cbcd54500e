/**
 * The gateway's copy of the private registry's credit blocks: what it needs to decide, prove
 * and report, each row naming the registry and version it came from. Adapters fill it with
 * {@link org.a6gateway.blocks.BlockRecord}s through {@link org.a6gateway.blocks.BlockStore}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"units", "jobs", "store"})
package org.a6gateway.blocks;
