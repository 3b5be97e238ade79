package dev.keysmith.domain.key;

/** What is kept of a key's secret: its peppered hash (null only for dead keys stored before V7) and its hint. */
public record StoredSecret(String hash, KeyHint hint) {}
