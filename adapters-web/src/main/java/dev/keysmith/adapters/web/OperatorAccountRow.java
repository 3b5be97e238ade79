package dev.keysmith.adapters.web;

import io.quarkus.qute.TemplateData;

/** One account as a row of the operators' account list; {@code parent} is the master's name, if any. */
@TemplateData
public record OperatorAccountRow(
        String id, String name, String status, String parentId, String parent, String created) {}
