/**
 * Running the jobs: the lease a job takes per gateway instance, launching in the background,
 * job failures and log context, and the decision scope a job narrows its work to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.a6gateway.jobs;
