/**
 * The integrity watchdog (TOMs 1.1, 2.3): an HMAC-signed SHA-256 baseline of the configuration,
 * honeypot and jar files, verified on demand and on a schedule by {@link
 * io.moltr.core.integrity.IntegrityWatchdog}.
 */
package io.moltr.core.integrity;
