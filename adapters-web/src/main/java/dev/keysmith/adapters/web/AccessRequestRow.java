package dev.keysmith.adapters.web;

import io.quarkus.qute.TemplateData;

/** One pending request for a product, as a row of the operator's queue. */
@TemplateData
public record AccessRequestRow(
        String id, String account, String product, String intendedStart, String useCase, String requestedAt) {}
