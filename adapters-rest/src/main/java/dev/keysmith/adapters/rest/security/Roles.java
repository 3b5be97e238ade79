package dev.keysmith.adapters.rest.security;

/** The JWT groups Keysmith issues and checks. */
public final class Roles {

    public static final String OPERATOR = "operator";
    public static final String VERIFIER = "verifier";
    public static final String USER = "user";

    private Roles() {}
}
