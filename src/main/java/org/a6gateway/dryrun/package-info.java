/**
 * The dry run: a sync run as it would go now, on copies of the store and of the registries the
 * gateway writes to, so that every command it would send is listed and none is sent. The command
 * line runs one in its own process; {@code serve} runs one beside the server for the API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"registries", "simulator", "sync", "jobs", "store"})
package org.a6gateway.dryrun;
