/** Crash-safe, owner-only file writes shared by the stateful engines. */
package io.moltr.core.storage;
