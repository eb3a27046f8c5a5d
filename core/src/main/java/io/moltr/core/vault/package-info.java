/**
 * Registered secrets at rest (TOMs 1.1): {@link io.moltr.core.vault.Fernet} tokens compatible
 * with Python's {@code cryptography}, key rotation by {@link io.moltr.core.vault.MultiFernet},
 * and {@link io.moltr.core.vault.SecretVault} over {@code data/secrets.json}.
 */
package io.moltr.core.vault;
