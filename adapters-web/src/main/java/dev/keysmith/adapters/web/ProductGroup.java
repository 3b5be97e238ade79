package dev.keysmith.adapters.web;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** The keys of one product, as one section of the keys page. */
@TemplateData
public record ProductGroup(String code, String name, List<KeyRow> keys) {}
