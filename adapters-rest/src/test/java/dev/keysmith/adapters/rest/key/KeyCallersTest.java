package dev.keysmith.adapters.rest.key;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.user.UserId;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class KeyCallersTest {

    private static JsonWebToken token(String subject, Set<String> groups) {
        Map<String, Object> claims = groups == null ? Map.of("sub", subject) : Map.of("sub", subject, "groups", groups);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return subject;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    private static HttpServerRequest requestFrom(SocketAddress remote) {
        return (HttpServerRequest) Proxy.newProxyInstance(HttpServerRequest.class.getClassLoader(),
                new Class<?>[] {HttpServerRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("remoteAddress")) {
                        return remote;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void a_user_token_makes_a_user_caller_from_where_the_request_came() {
        UserId user = UserId.random();

        Caller caller = KeyCallers.user(token(user.toString(), Set.of("user")), "192.0.2.10");

        assertThat(caller.type()).isEqualTo(ActorType.USER);
        assertThat(caller.userId()).isEqualTo(user);
        assertThat(caller.operator()).isFalse();
        assertThat(caller.clientIp()).isEqualTo("192.0.2.10");
    }

    @Test
    void the_operator_group_makes_an_operator() {
        Caller caller = KeyCallers.user(token(UserId.random().toString(), Set.of("user", "operator")), null);

        assertThat(caller.operator()).isTrue();
    }

    @Test
    void a_token_without_groups_is_no_operator() {
        Caller caller = KeyCallers.user(token(UserId.random().toString(), null), null);

        assertThat(caller.operator()).isFalse();
    }

    @Test
    void the_client_ip_is_the_remote_address() {
        assertThat(KeyCallers.clientIp(requestFrom(SocketAddress.inetSocketAddress(40000, "192.0.2.10"))))
                .isEqualTo("192.0.2.10");
        assertThat(KeyCallers.clientIp(requestFrom(null))).isNull();
    }
}
