/**
 * Reading the registries: change-feed paging and the cursor of each feed, the upstream HTTP
 * calls, their limits, retries and failures, and whether a registry answers at all.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.a6gateway.feeds;
