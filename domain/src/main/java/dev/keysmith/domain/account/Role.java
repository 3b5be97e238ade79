package dev.keysmith.domain.account;

/** What a member may do in an account; each role includes everything of the roles below it. */
public enum Role {
    MEMBER,
    ADMIN,
    SUPERADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
