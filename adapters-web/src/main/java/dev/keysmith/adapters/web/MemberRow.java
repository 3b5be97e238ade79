package dev.keysmith.adapters.web;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** One member of an account as a row of the members page, with the roles to choose from. */
@TemplateData
public record MemberRow(String userId, String name, String email, String role, boolean you, List<Option> roles) {}
