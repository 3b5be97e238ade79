package dev.keysmith.application.port.in;

import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.Require;
import dev.keysmith.domain.user.UserId;
import java.util.Set;

/**
 * Who is asking, as established by the adapter that authenticated the request, and from where.
 * {@code tokenGeneration} is the generation stamped into a verifier client's token (0 for others).
 */
public record Caller(
        ActorType type,
        String id,
        boolean operator,
        Set<ProductCode> verifierProducts,
        String clientIp,
        long tokenGeneration) {

    public Caller {
        Require.present(type, "type");
        verifierProducts = verifierProducts == null ? Set.of() : Set.copyOf(verifierProducts);
    }

    public static Caller user(UserId id, boolean operator, String clientIp) {
        return new Caller(ActorType.USER, id.toString(), operator, Set.of(), clientIp, 0);
    }

    public static Caller verifier(String clientId, Set<ProductCode> products, String clientIp) {
        return verifier(clientId, products, clientIp, 0);
    }

    public static Caller verifier(String clientId, Set<ProductCode> products, String clientIp, long tokenGeneration) {
        return new Caller(ActorType.VERIFIER_CLIENT, clientId, false, products, clientIp, tokenGeneration);
    }

    public static Caller anonymous(String clientIp) {
        return new Caller(ActorType.ANONYMOUS, null, false, Set.of(), clientIp, 0);
    }

    public static Caller system() {
        return new Caller(ActorType.SYSTEM, "system", false, Set.of(), null, 0);
    }

    public boolean isUser() {
        return type == ActorType.USER;
    }

    /** Throws unless the caller is platform staff. */
    public void requireOperator() {
        if (!operator) {
            throw new dev.keysmith.domain.shared.PermissionDeniedException("only operators may do this");
        }
    }

    /** The signed-in person; only meaningful for {@link ActorType#USER} callers. */
    public UserId userId() {
        if (!isUser()) {
            throw new IllegalStateException("caller is not a user");
        }
        return UserId.parse(id);
    }
}
