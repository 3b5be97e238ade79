package dev.keysmith.adapters.rest.key;

import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.user.UserId;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Builds the signed-in user's {@link Caller} for the key endpoints; to give way to the shared caller factory. */
final class KeyCallers {

    private KeyCallers() {
    }

    static Caller user(JsonWebToken jwt, String clientIp) {
        Set<String> groups = jwt.getGroups();
        return Caller.user(UserId.parse(jwt.getSubject()), groups != null && groups.contains(Roles.OPERATOR),
                clientIp);
    }

    static String clientIp(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }
}
