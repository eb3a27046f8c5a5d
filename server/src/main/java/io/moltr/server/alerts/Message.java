package io.moltr.server.alerts;

/**
 * What a channel sends: the alert, its rendered text, how many similar alerts were folded into
 * it and how many this channel held back under its per-minute cap since the last message.
 */
record Message(Alert alert, String text, int similar, int heldBack) {}
