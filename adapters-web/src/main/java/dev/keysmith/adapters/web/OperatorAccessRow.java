package dev.keysmith.adapters.web;

import io.quarkus.qute.TemplateData;

/** One product with an account's access to it, on the operator's account page. */
@TemplateData
public record OperatorAccessRow(String code, String name, String state, boolean enabled) {}
