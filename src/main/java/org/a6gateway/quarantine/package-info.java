/**
 * The quarantine: every record an upstream registry published that the gateway refuses to
 * ingest, kept with its reason, its raw text and the sync run that saw it, instead of failing the
 * page it came in or being dropped in silence. {@link org.a6gateway.quarantine.RecordShape} and
 * {@link org.a6gateway.quarantine.HostileText} are the strict reading both adapters share.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"units"})
package org.a6gateway.quarantine;
