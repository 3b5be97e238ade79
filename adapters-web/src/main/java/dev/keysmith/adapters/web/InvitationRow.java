package dev.keysmith.adapters.web;

import io.quarkus.qute.TemplateData;

/** One invitation not yet accepted, as a row of the members page; its token is never shown again. */
@TemplateData
public record InvitationRow(String email, String role, String createdAt, String expiresAt) {}
