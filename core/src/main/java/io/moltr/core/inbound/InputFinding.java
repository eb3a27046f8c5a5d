package io.moltr.core.inbound;

/**
 * One suspicious thing in text heading into the agent: what kind, which rule, where (offsets in
 * the original text), how much it weighs in the risk score, and a short excerpt.
 */
public record InputFinding(
    String kind, String ruleId, String description, int start, int end, double weight, String excerpt) {}
