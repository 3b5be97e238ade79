package dev.keysmith.adapters.web;

import io.quarkus.qute.TemplateData;

/** One choice of a select or a checkbox group. */
@TemplateData
public record Option(String value, String label, boolean selected) {}
